/** The office's DSGVO page: what is stored about an e-mail address, its export and its erasure. */
package de.netzwerkbuero.web.ui.privacy;
