/**
 * The REST API's conventions: the application path, JSON settings, paging parameters, ETags and
 * {@code If-Match}, 201 responses. Resources per module live in sub-packages and call facades only.
 */
package de.netzwerkbuero.web.rest;
