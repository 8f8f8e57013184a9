/**
 * The shared kernel's contract: roles, clock, audit trail, accounts, paging and the error types every
 * module throws. It depends on nothing but the Jakarta EE APIs; every other module may use it.
 */
package de.netzwerkbuero.platform.api;
