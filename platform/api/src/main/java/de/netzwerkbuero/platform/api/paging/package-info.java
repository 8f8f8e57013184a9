/** Paging for every list the facades offer. */
package de.netzwerkbuero.platform.api.paging;
