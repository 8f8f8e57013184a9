/** The audit trail viewer for auditors and administrators. */
package de.netzwerkbuero.web.ui.audit;
