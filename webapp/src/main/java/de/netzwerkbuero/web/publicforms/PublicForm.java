package de.netzwerkbuero.web.publicforms;

/** The anonymous forms that make the server write to an e-mail address. */
public enum PublicForm {
    PROSPECT_SIGN_UP, EVENT_REGISTRATION
}
