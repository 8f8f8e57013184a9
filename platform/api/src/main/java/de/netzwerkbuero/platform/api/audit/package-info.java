/** The append-only, hash-chained audit trail: writing (every module) and reading (auditors, admins). */
package de.netzwerkbuero.platform.api.audit;
