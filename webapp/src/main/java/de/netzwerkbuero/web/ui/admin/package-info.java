/** Administration screens: user accounts and their roles. */
package de.netzwerkbuero.web.ui.admin;
