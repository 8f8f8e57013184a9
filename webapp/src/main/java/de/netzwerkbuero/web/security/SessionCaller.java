package de.netzwerkbuero.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who logged in through the form, kept in the HTTP session until logout or expiry, with the account's security
 * stamp at login: once the platform raises the stamp the session counts as anonymous.
 */
record SessionCaller(String name, Set<String> groups, long stamp) implements Serializable {

    static final String ATTRIBUTE = SessionCaller.class.getName();
}
