package vn.lienhiep.contest.edition.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.springframework.stereotype.Component;

import vn.lienhiep.contest.edition.domain.Certificate;
import vn.lienhiep.contest.edition.domain.CertificateRenderer;

/**
 * The certificate as one A4 landscape page (PDFBox): the union, "GIẤY CHỨNG NHẬN", the edition, the author, the
 * solution, its field and level, the committee's decision, and at the foot the QR code of the verification URL (ZXing,
 * drawn as vector squares) beside the URL itself. The signed record is attached to the file as
 * {@value #ATTACHMENT} (an embedded file, {@code application/json}), so the PDF alone verifies offline.
 *
 * <p>Every line is Vietnamese first, English beneath it, in DejaVu Sans (bundled with the service,
 * {@code fonts/DejaVuSans.ttf}, its licence {@code fonts/LICENSE-DejaVu.txt} beside it), embedded as a subset: every
 * Vietnamese letter has its own glyph, text extracted from the PDF reads back as written, and the file needs no font
 * on the reader's machine. Bold is drawn by stroking the glyphs' outlines, so one font file serves.
 */
@Component
public class PdfCertificateRenderer implements CertificateRenderer {

    /** The name of the attached signed record. */
    public static final String ATTACHMENT = "certificate.json";

    private static final String FONT = "/fonts/DejaVuSans.ttf";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final PDRectangle LANDSCAPE_A4 = new PDRectangle(PDRectangle.A4.getHeight(),
                                                                    PDRectangle.A4.getWidth());
    private static final float MARGIN = 28;
    private static final float TEXT_WIDTH = LANDSCAPE_A4.getWidth() - 2 * 70;
    private static final float[] INK = {0.1f, 0.1f, 0.12f};
    private static final float[] ENGLISH = {0.38f, 0.38f, 0.42f};
    private static final float[] RED = {0.6f, 0.08f, 0.08f};
    private static final float[] LINK = {0.05f, 0.25f, 0.6f};
    private static final float QR_SIZE = 100;

    private final byte[] font;

    public PdfCertificateRenderer() {
        try (InputStream in = PdfCertificateRenderer.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("the certificate font " + FONT + " is missing from the service");
            }
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] pdf(Certificate certificate, byte[] signedRecord, String verificationUrl, String keysUrl) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(LANDSCAPE_A4);
            document.addPage(page);
            PDType0Font unicode = PDType0Font.load(document, new ByteArrayInputStream(font), true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Writer writer = new Writer(content, unicode);
                writer.frame();
                body(writer, certificate);
                foot(writer, page, certificate, verificationUrl, keysUrl);
            }
            attach(document, signedRecord);
            describe(document, certificate);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print certificate " + certificate.id(), e);
        }
    }

    private static void body(Writer w, Certificate c) throws IOException {
        w.y = LANDSCAPE_A4.getHeight() - MARGIN - 32;
        w.centred("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH " + c.issuer().toUpperCase(VIETNAMESE), 14, true, INK);
        w.centred("Union of Science and Technology Associations of " + c.issuer() + " province", 9.5f, false, ENGLISH);
        w.y -= 14;
        w.centred("GIẤY CHỨNG NHẬN", 34, true, RED);
        w.centred("CERTIFICATE", 12, false, ENGLISH);
        w.y -= 8;
        w.wrapped(c.editionLabel(), 15, true, INK);
        w.centred(c.contestType().labelEn() + ", " + c.awardYear(), 9.5f, false, ENGLISH);
        w.y -= 10;
        w.centred(c.author(), w.fitting(c.author(), 26, true), true, INK);
        w.centred(c.principal() ? "tác giả chính của giải pháp" : "đồng tác giả của giải pháp", 11.5f, false, INK);
        w.centred(c.principal() ? "principal author of the solution" : "co-author of the solution", 9, false, ENGLISH);
        w.y -= 4;
        w.wrapped("“" + c.title() + "”", 16, false, INK);
        w.centred("Lĩnh vực: " + c.field().labelVi() + "  ·  Hồ sơ số " + c.entryNo(), 10.5f, false, INK);
        w.centred("Field: " + c.field().labelEn() + "  ·  Entry no. " + c.entryNo(), 8.5f, false, ENGLISH);
        w.y -= 6;
        w.centred("đạt " + c.level().labelVi(), 22, true, RED);
        w.centred("awarded the " + c.level().labelEn(), 9, false, ENGLISH);
        w.y -= 6;
        w.centred("theo Quyết định số " + c.decision().number() + " ngày " + DATE.format(c.decision().date())
                  + " của Ban Tổ chức phê duyệt kết quả", 10.5f, false, INK);
        w.centred("by the organising committee's decision no. " + c.decision().number() + " of "
                  + DATE.format(c.decision().date()) + " approving the results", 8.5f, false, ENGLISH);
    }

    private static void foot(Writer w, PDPage page, Certificate c, String verificationUrl, String keysUrl)
            throws IOException {
        float left = MARGIN + 26;
        float bottom = MARGIN + 22;
        w.qr(verificationUrl, left, bottom, QR_SIZE);
        float x = left + QR_SIZE + 14;
        w.y = bottom + QR_SIZE - 9;
        w.at(x, "Kiểm tra giấy chứng nhận / Verify this certificate:", 8.5f, false, INK);
        float urlSize = 8;
        float urlWidth = w.at(x, verificationUrl, urlSize, false, LINK);
        link(page, verificationUrl, x, w.y - 2, urlWidth, urlSize + 4);
        w.at(x, "Mã / Certificate id: " + c.id(), 7.5f, false, ENGLISH);
        w.y -= 4;
        w.at(x, "Tệp này mang bản ghi đã ký (" + ATTACHMENT + "), kiểm tra được không cần mạng với khóa công khai:",
             7.5f, false, INK);
        w.at(x, "This file carries its signed record (" + ATTACHMENT + "), verifiable offline with the public keys:",
             7.5f, false, ENGLISH);
        w.at(x, keysUrl, 7.5f, false, ENGLISH);
        String placeAndDate = c.issuer() + ", ngày " + String.format("%02d", c.decision().date().getDayOfMonth())
                              + " tháng " + String.format("%02d", c.decision().date().getMonthValue()) + " năm "
                              + c.decision().date().getYear();
        w.y = bottom + QR_SIZE - 9;
        w.right(LANDSCAPE_A4.getWidth() - MARGIN - 26, placeAndDate, 10, false, INK);
    }

    private static void link(PDPage page, String url, float x, float y, float width, float height) throws IOException {
        PDActionURI action = new PDActionURI();
        action.setURI(url);
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, y, width, height));
        link.setBorderStyle(noBorder);
        link.setAction(action);
        page.getAnnotations().add(link);
    }

    /** The signed record as an embedded file: what a verifier extracts (any PDF reader lists it as an attachment). */
    private static void attach(PDDocument document, byte[] signedRecord) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(signedRecord));
        file.setSubtype("application/json");
        file.setSize(signedRecord.length);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(ATTACHMENT);
        spec.setFileUnicode(ATTACHMENT);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription("Bản ghi đã ký của giấy chứng nhận / The certificate's signed record");
        PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
        files.setNames(Map.of(ATTACHMENT, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(files);
        document.getDocumentCatalog().setNames(names);
    }

    private static void describe(PDDocument document, Certificate c) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Giấy chứng nhận / Certificate — " + c.author() + " — " + c.level().labelVi());
        info.setAuthor("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh " + c.issuer());
        info.setSubject(c.editionLabel() + ": " + c.title());
        info.setKeywords(c.id().toString());
    }

    /** Lines written down the page from {@link #y}, each advancing it by its own height. */
    private static final class Writer {

        private final PDPageContentStream content;
        private final PDFont font;
        private float y;

        Writer(PDPageContentStream content, PDFont font) {
            this.content = content;
            this.font = font;
        }

        void frame() throws IOException {
            float w = LANDSCAPE_A4.getWidth();
            float h = LANDSCAPE_A4.getHeight();
            content.setStrokingColor(RED[0], RED[1], RED[2]);
            content.setLineWidth(2.2f);
            content.addRect(MARGIN - 8, MARGIN - 8, w - 2 * (MARGIN - 8), h - 2 * (MARGIN - 8));
            content.stroke();
            content.setLineWidth(0.6f);
            content.addRect(MARGIN - 3, MARGIN - 3, w - 2 * (MARGIN - 3), h - 2 * (MARGIN - 3));
            content.stroke();
        }

        void centred(String text, float size, boolean bold, float[] colour) throws IOException {
            show((LANDSCAPE_A4.getWidth() - width(text, size)) / 2, text, size, bold, colour);
        }

        /** Centred, broken at spaces into lines no wider than the text block. */
        void wrapped(String text, float size, boolean bold, float[] colour) throws IOException {
            for (String line : lines(text, size)) {
                centred(line, size, bold, colour);
            }
        }

        /** Left-aligned at {@code x}; answers the line's width. */
        float at(float x, String text, float size, boolean bold, float[] colour) throws IOException {
            show(x, text, size, bold, colour);
            return width(text, size);
        }

        void right(float x, String text, float size, boolean bold, float[] colour) throws IOException {
            show(x - width(text, size), text, size, bold, colour);
        }

        /** The size, at most {@code size}, at which {@code text} fits on one line. */
        float fitting(String text, float size, boolean bold) throws IOException {
            float fits = size;
            while (fits > 12 && width(text, fits) > TEXT_WIDTH) {
                fits -= 1;
            }
            return fits;
        }

        /**
         * The QR code of {@code text}, {@code size} points square with its quiet zone (four modules, which readers need
         * to find the code), its lower left corner at (x, y).
         */
        void qr(String text, float x, float y, float size) throws IOException {
            BitMatrix modules;
            try {
                modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                        EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                        EncodeHintType.CHARACTER_SET, "UTF-8"));
            } catch (WriterException e) {
                throw new IllegalStateException("cannot encode " + text + " as a QR code", e);
            }
            // One rectangle per run of dark modules in a row: no hairline seams between neighbouring squares.
            float module = size / modules.getWidth();
            content.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < modules.getHeight(); row++) {
                int run = -1;
                for (int col = 0; col <= modules.getWidth(); col++) {
                    boolean dark = col < modules.getWidth() && modules.get(col, row);
                    if (dark && run < 0) {
                        run = col;
                    } else if (!dark && run >= 0) {
                        content.addRect(x + run * module, y + size - (row + 1) * module, (col - run) * module,
                                        module);
                        run = -1;
                    }
                }
            }
            content.fill();
        }

        private void show(float x, String text, float size, boolean bold, float[] colour) throws IOException {
            y -= size * 1.25f;
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(colour[0], colour[1], colour[2]);
            if (bold) {
                content.setStrokingColor(colour[0], colour[1], colour[2]);
                content.setLineWidth(size * 0.035f);
                content.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        private List<String> lines(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.strip().split("\\s+")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(longer, size) > TEXT_WIDTH) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(longer);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
