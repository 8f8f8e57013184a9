/** The health endpoint on the application's port. */
package de.netzwerkbuero.web.health;
