/** Texts in German and English: resource bundles and the mapping of application problems to messages. */
package de.netzwerkbuero.web.i18n;
