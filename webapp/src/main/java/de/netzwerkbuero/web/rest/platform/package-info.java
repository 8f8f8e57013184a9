/** REST resources of the platform module: the audit trail. */
package de.netzwerkbuero.web.rest.platform;
