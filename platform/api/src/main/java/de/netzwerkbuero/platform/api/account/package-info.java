/** User accounts, roles, login checks and the password policy. */
package de.netzwerkbuero.platform.api.account;
