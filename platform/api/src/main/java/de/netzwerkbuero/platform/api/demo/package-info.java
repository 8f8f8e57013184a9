/** Whether the server runs as the demo: one decision for every module. */
package de.netzwerkbuero.platform.api.demo;
