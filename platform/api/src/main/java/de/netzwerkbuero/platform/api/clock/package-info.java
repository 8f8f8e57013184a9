/** The injectable business clock. */
package de.netzwerkbuero.platform.api.clock;
