package de.netzwerkbuero.web.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import de.netzwerkbuero.platform.api.account.TotpEnrolment;
import de.netzwerkbuero.web.i18n.Texts;
import jakarta.faces.context.FacesContext;

import java.util.Map;

/** QR codes as inline SVG (no image request, nothing for a content security policy to block). */
public final class QrCodes {

    private QrCodes() {
    }

    /** The QR code of a one-time-password enrolment, named in the page's language; empty without one. */
    public static String of(TotpEnrolment enrolment) {
        if (enrolment == null) {
            return "";
        }
        return svg(enrolment.otpauthUri(),
                Texts.text("totp.qrTitle", FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    static String svg(String text, String title) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4));
            int size = matrix.getWidth();
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < size; x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"240\" height=\"240\" viewBox=\"0 0 "
                    + size + " " + size + "\" shape-rendering=\"crispEdges\"><title>" + escape(title) + "</title>"
                    + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot draw the QR code", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
