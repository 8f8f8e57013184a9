package de.netzwerkbuero.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough HTML reading for a JSF form: the form's action, its fields and the view state. */
final class Html {

    private static final Pattern ATTR = Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BUTTON = Pattern.compile("<button\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile(
            "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);

    /** A form: its action and the name → value of the fields a browser would send (without buttons). */
    record Form(String id, String action, Map<String, String> fields, Map<String, String> buttons) {
    }

    private Html() {
    }

    static Optional<Form> form(String html, String id) {
        Matcher start = Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>",
                Pattern.CASE_INSENSITIVE).matcher(html);
        if (!start.find()) {
            return Optional.empty();
        }
        int end = html.indexOf("</form>", start.end());
        String body = html.substring(start.end(), end < 0 ? html.length() : end);
        Map<String, String> formAttrs = attrs(start.group());
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> buttons = new LinkedHashMap<>();
        Matcher inputs = INPUT.matcher(body);
        while (inputs.find()) {
            Map<String, String> a = attrs(inputs.group());
            String name = a.get("name");
            String type = a.getOrDefault("type", "text").toLowerCase();
            if (name == null || a.containsKey("disabled")) {
                continue;
            }
            if (type.equals("submit") || type.equals("button") || type.equals("image")) {
                buttons.put(name, a.getOrDefault("value", ""));
            } else if (type.equals("checkbox") || type.equals("radio")) {
                if (a.containsKey("checked")) {
                    fields.put(name, a.getOrDefault("value", "on"));
                }
            } else {
                fields.put(name, a.getOrDefault("value", ""));
            }
        }
        Matcher selects = SELECT.matcher(body);
        while (selects.find()) {
            Map<String, String> a = attrs("<select " + selects.group(1) + ">");
            String name = a.get("name");
            if (name == null || a.containsKey("disabled")) {
                continue;
            }
            String value = "";
            Matcher options = OPTION.matcher(selects.group(2));
            while (options.find()) {
                Map<String, String> o = attrs(options.group());
                if (o.containsKey("selected")) {
                    value = o.getOrDefault("value", "");
                    break;
                }
            }
            fields.put(name, value);
        }
        Matcher buttonTags = BUTTON.matcher(body);
        while (buttonTags.find()) {
            Map<String, String> a = attrs(buttonTags.group());
            if (a.get("name") != null) {
                buttons.put(a.get("name"), a.getOrDefault("value", ""));
            }
        }
        return Optional.of(new Form(id, formAttrs.get("action"), fields, buttons));
    }

    /** The view state of a full page, if it has one. */
    static Optional<String> viewState(String html) {
        Matcher inputs = INPUT.matcher(html);
        while (inputs.find()) {
            Map<String, String> a = attrs(inputs.group());
            if ("jakarta.faces.ViewState".equals(a.get("name"))) {
                return Optional.ofNullable(a.get("value"));
            }
        }
        return Optional.empty();
    }

    /** The view state a partial (AJAX) response sends back, if any. */
    static Optional<String> partialViewState(String xml) {
        Matcher m = PARTIAL_VIEW_STATE.matcher(xml);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Map<String, String> attrs(String tag) {
        Map<String, String> a = new LinkedHashMap<>();
        Matcher m = ATTR.matcher(tag);
        while (m.find()) {
            a.put(m.group(1).toLowerCase(), unescape(m.group(2)));
        }
        // boolean attributes without a value (selected, checked, disabled), outside of quoted values
        String bare = tag.replaceAll("\"[^\"]*\"", "\"\"");
        for (String flag : new String[] {"selected", "checked", "disabled"}) {
            if (!a.containsKey(flag) && Pattern.compile("\\s" + flag + "(\\s|/|>|$)").matcher(bare).find()) {
                a.put(flag, flag);
            }
        }
        return a;
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(s);
        int last = 0;
        while (m.find()) {
            sb.append(s, last, m.start());
            String e = m.group(1);
            switch (e) {
                case "amp" -> sb.append('&');
                case "lt" -> sb.append('<');
                case "gt" -> sb.append('>');
                case "quot" -> sb.append('"');
                case "apos" -> sb.append('\'');
                default -> sb.appendCodePoint(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1)));
            }
            last = m.end();
        }
        return sb.append(s.substring(last)).toString();
    }
}
