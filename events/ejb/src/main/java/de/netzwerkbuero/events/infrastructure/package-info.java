/**
 * Events' infrastructure: schema start-up, demo data, and the public links the module hands out. Its
 * sub-packages hold persistence, mail, calendar files and exports; none of it is used outside the module.
 */
package de.netzwerkbuero.events.infrastructure;
