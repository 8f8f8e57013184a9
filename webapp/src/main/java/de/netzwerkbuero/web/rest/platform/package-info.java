/** REST resources of the platform module: accounts, the audit trail and the DSGVO requests about a person. */
package de.netzwerkbuero.web.rest.platform;
