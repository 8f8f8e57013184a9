/**
 * DSGVO requests about one person across all modules, found by e-mail address: the export (Art. 15) and the
 * erasure (Art. 17). {@link de.netzwerkbuero.platform.api.privacy.PersonRequests} coordinates; every module
 * learns of a request through the CDI events {@link de.netzwerkbuero.platform.api.privacy.PersonExport} and
 * {@link de.netzwerkbuero.platform.api.privacy.PersonErasure}, answers with its own part and works in its own
 * transaction, so that no module reaches into another's tables.
 */
package de.netzwerkbuero.platform.api.privacy;
