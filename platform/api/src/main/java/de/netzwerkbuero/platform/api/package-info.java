/**
 * The shared kernel's contract: roles, clock, audit trail, accounts, paging and the error types every
 * module throws, and the one CSV writer. It depends on the Jakarta EE APIs and Apache Commons CSV only; every
 * other module may use it.
 */
package de.netzwerkbuero.platform.api;
