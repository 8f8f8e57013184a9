/**
 * The PrimeFaces UI's shell: language, menu, login, and the one place that turns application problems into
 * messages. Feature screens live in sub-packages; backing beans inject facades only.
 */
package de.netzwerkbuero.web.ui;
