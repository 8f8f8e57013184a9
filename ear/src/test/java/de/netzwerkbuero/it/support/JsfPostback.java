package de.netzwerkbuero.it.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The body a browser posts when a JSF form's submit button is pressed (a full, non-AJAX postback): the form's
 * hidden inputs with its view state, the fields typed in, the button, and the page's CSP nonce, which PrimeFaces'
 * script adds in a browser and its CSP mode requires on every postback. The one way the tests submit a page
 * without a browser.
 */
public final class JsfPostback {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");

    private JsfPostback() {
    }

    /** The form body for pressing {@code button} of the form {@code form} on {@code page}. */
    public static String body(String page, String form, String button, Map<String, String> fields) {
        Matcher start = Pattern.compile("<form id=\"" + Pattern.quote(form) + "\"").matcher(page);
        if (!start.find()) {
            throw new IllegalStateException("no form " + form + " on the page: " + page);
        }
        int end = page.indexOf("</form>", start.start());
        String html = page.substring(start.start(), end < 0 ? page.length() : end);
        Map<String, String> body = new LinkedHashMap<>();
        body.put(form, form);
        Matcher hidden = HIDDEN.matcher(html);
        while (hidden.find()) {
            body.put(hidden.group(1), hidden.group(2).replace("&#58;", ":"));
        }
        if (!body.containsKey("jakarta.faces.ViewState")) {
            throw new IllegalStateException("no JSF view state in the form " + form);
        }
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            body.put("primefaces.nonce", nonce.group(1));
        }
        body.putAll(fields);
        body.put(button.contains(":") ? button : form + ":" + button, "");
        return body.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Where the form posts to, as its {@code action} says. */
    public static String action(String page, String form) {
        Matcher action = Pattern.compile("<form id=\"" + Pattern.quote(form) + "\"[^>]*action=\"([^\"]+)\"").matcher(page);
        if (!action.find()) {
            throw new IllegalStateException("no form " + form + " on the page");
        }
        return action.group(1).replace("&amp;", "&");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
