package de.netzwerkbuero.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who logged in through the form, kept in the HTTP session until logout or expiry. */
record SessionCaller(String name, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = SessionCaller.class.getName();
}
