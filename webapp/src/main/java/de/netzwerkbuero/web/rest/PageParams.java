package de.netzwerkbuero.web.rest;

import de.netzwerkbuero.platform.api.error.Violations;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code page}, {@code size} and {@code sort} of every list endpoint, checked into a {@link PageRequest}. */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    private String page;

    @QueryParam("size")
    @DefaultValue("20")
    private String size;

    @QueryParam("sort")
    private String sort;

    public PageRequest toRequest() {
        Violations violations = new Violations();
        Integer p = parse(page);
        Integer s = parse(size);
        violations.require(p != null && p >= 0, "page", "page", "must be a whole number of at least 0");
        violations.require(s != null && s >= 1 && s <= PageRequest.MAX_SIZE, "size", "size",
                "must be a whole number from 1 to " + PageRequest.MAX_SIZE);
        violations.require(sort == null || sort.matches("[A-Za-z]+(,(asc|desc))?"), "sort", "sort",
                "must be a field name, optionally followed by ,asc or ,desc");
        violations.throwIfAny();
        return new PageRequest(p, s, sort);
    }

    private static Integer parse(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
