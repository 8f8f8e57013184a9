/**
 * Funding's PrimeFaces screens: programmes, the project list and project page, the report editor for leads,
 * the review screen for auditors, the deadline calendar and the dashboard's deadline card. View beans inject
 * funding-api facades (and membership/platform look-ups) only; application problems become messages in
 * {@code ProblemExceptionHandler}.
 */
package de.netzwerkbuero.web.ui.funding;
