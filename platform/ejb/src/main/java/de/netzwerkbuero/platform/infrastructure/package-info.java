/** Platform infrastructure: schema start-up, initial accounts, mail delivery. */
package de.netzwerkbuero.platform.infrastructure;
