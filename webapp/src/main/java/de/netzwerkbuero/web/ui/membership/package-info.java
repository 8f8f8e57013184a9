/**
 * Membership's screens: the member list with the register search for new members, the member detail with
 * workflow dialogs, admission rounds, prospects, the register import, and the public pages (sign-up,
 * confirmation, profiles). Backing beans inject membership's facades only; problems become messages in
 * {@code ProblemExceptionHandler}.
 */
package de.netzwerkbuero.web.ui.membership;
