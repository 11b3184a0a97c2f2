// Factur-X invoice PDFs: PDF/A-3b with the invoice's XML embedded, checked from the outside with
// qpdf (structure, attachment) and pdftotext (text), as a receiver's tools would read them.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <thread>

#include "logo_samples.h"
#include "pdf_test_views.h"
#include "render/pdf_fonts.h"
#include "render/pdf_invoice.h"
#include "render/pdf_text_codes.h"
#include "render/pdf_xmp.h"

using namespace portalgen;
using nlohmann::json;

namespace {

const PdfFonts& fonts() {
    static const PdfFonts loaded = PdfFonts::load_default();
    return loaded;
}

// A CII invoice; its bytes must come back exactly (accents and € included).
const std::string kXml = testing::sample_facturx_xml(3);

PdfInvoiceView facturx_view(PdfInvoiceView view = testing::sample_invoice_view(12)) {
    view.factur_x_xml = kXml;
    return view;
}

PdfInvoiceView polish_view() {
    auto view = testing::sample_french_credit_note_view();
    view.customer.address[1] = "90-001 Łódź";
    return view;
}

struct Output {
    int status = -1;
    std::string out;
};

class Folder {
  public:
    Folder()
        : path_(std::filesystem::temp_directory_path() /
                ("portalgen-pdf-a3-test-" + std::to_string(::getpid()))) {
        std::filesystem::create_directories(path_);
    }
    ~Folder() { std::filesystem::remove_all(path_); }
    std::string write(const std::string& name, const std::string& bytes) const {
        const auto file = path_ / name;
        std::ofstream(file, std::ios::binary) << bytes;
        return file.string();
    }
    std::string read(const std::string& name) const {
        std::ifstream in(path_ / name, std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }
    std::string path(const std::string& name) const { return (path_ / name).string(); }

  private:
    std::filesystem::path path_;
};

Output run(const std::string& command) {
    Output output;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return output;
    char buffer[65536];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output.out.append(buffer, n);
    const int status = ::pclose(pipe);
    output.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return output;
}

bool have(const char* tool) {
    return run(std::string("command -v ") + tool + " >/dev/null 2>&1").status == 0;
}

// qpdf's view of a PDF: its objects by "obj:N 0 R", the trailer, and the header's version.
struct QpdfView {
    std::string version;
    json objects;

    const json& value(const json& item) const {
        if (item.is_string()) {
            const std::string text = item.get<std::string>();
            if (text.size() > 2 && text.substr(text.size() - 2) == " R") {
                return value(objects.at("obj:" + text));
            }
        }
        if (item.is_object() && item.contains("value")) return item.at("value");
        if (item.is_object() && item.contains("stream")) return item.at("stream").at("dict");
        return item;
    }
    const json& trailer() const { return objects.at("trailer").at("value"); }
    const json& catalog() const { return value(trailer().at("/Root")); }
};

QpdfView qpdf_view(const Folder& folder, const std::string& pdf) {
    const Output output =
        run("qpdf --json --json-key=qpdf '" + folder.write("view.pdf", pdf) + "'");
    REQUIRE(output.status == 0);
    const json parsed = json::parse(output.out);
    return {parsed.at("qpdf").at(0).at("pdfversion").get<std::string>(), parsed.at("qpdf").at(1)};
}

std::string xmp_packet(const std::string& pdf) {
    const auto begin = pdf.find("<?xpacket begin");
    const auto end = pdf.find("<?xpacket end", begin);
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    return pdf.substr(begin, end - begin);
}

// The text between the first `open` and the next `close`, entities decoded.
std::string between(const std::string& xmp, const std::string& open, const std::string& close) {
    const auto at = xmp.find(open);
    if (at == std::string::npos) return "(missing " + open + ")";
    const auto start = at + open.size();
    std::string text = xmp.substr(start, xmp.find(close, start) - start);
    for (auto [entity, character] : {std::pair{"&lt;", "<"},
                                     {"&gt;", ">"},
                                     {"&quot;", "\""},
                                     {"&apos;", "'"},
                                     {"&amp;", "&"}}) {
        for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at)) {
            text.replace(at, std::string(entity).size(), character);
            at += 1;
        }
    }
    return text;
}

// The text of one XMP element, entities decoded.
std::string xmp_value(const std::string& xmp, const std::string& element) {
    return between(xmp, "<" + element + ">", "</" + element + ">");
}

// "D:20261101000000Z" (PDF) as "2026-11-01T00:00:00Z" (XMP).
std::string pdf_date_as_xmp(std::string date) {
    REQUIRE(date.rfind("D:", 0) == 0);
    REQUIRE(date.size() >= 17);
    std::string xmp = date.substr(2, 4) + "-" + date.substr(6, 2) + "-" + date.substr(8, 2) + "T" +
                      date.substr(10, 2) + ":" + date.substr(12, 2) + ":" + date.substr(14, 2);
    const std::string zone = date.substr(16);
    REQUIRE((zone.rfind("Z", 0) == 0));  // libharu writes "Z" for UTC, with or without "00'00"
    return xmp + "Z";
}

std::string text_of(const json& string) {
    std::string text = string.get<std::string>();
    REQUIRE(text.rfind("u:", 0) == 0);
    return text.substr(2);
}

}  // namespace

TEST_CASE("pdf/a-3: the XMP packet", "[pdf][pdfa]") {
    XmpDocumentInfo info;
    info.title = "Facture <A & B> \"Québec\"";
    info.author = "L'atelier";
    info.date = "2026-11-01T00:00:00Z";
    const std::string xmp = facturx_xmp_packet(info);
    CHECK(xmp.find("Facture &lt;A &amp; B&gt; &quot;Québec&quot;") != std::string::npos);
    CHECK(xmp.find("L&apos;atelier") != std::string::npos);
    CHECK(xmp.find("<pdfaid:part>3</pdfaid:part>") != std::string::npos);
    CHECK(xmp.find("<pdfaid:conformance>B</pdfaid:conformance>") != std::string::npos);
    CHECK(xmp.find("<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>") != std::string::npos);
    CHECK(xmp.find("<xmp:CreateDate>2026-11-01T00:00:00Z</xmp:CreateDate>") != std::string::npos);
    // Absent values are left out, never written empty.
    CHECK(xmp.find("pdf:Keywords") == std::string::npos);
}

TEST_CASE("pdf/a-3: the ToUnicode map sends each drawn code to its character", "[pdf][pdfa]") {
    PdfPage page;
    page.texts.push_back({0, 0, "Łódź 1\u202F234,56\u00A0€ Łódź", PdfFontStyle::regular, 9, {}});
    const PdfTextCodes codes(drawn_characters({page}));
    // Sorted and each once: space , 1-6 d NBSP ó Ł ź NNBSP €, coded from 0101 up.
    CHECK(codes.characters().size() == 15);
    const std::string cmap = codes.to_unicode_cmap();
    CHECK(cmap.find("15 beginbfchar\n<0101> <0020>\n<0102> <002C>\n") != std::string::npos);
    CHECK(cmap.find("<010C> <0141>\n") != std::string::npos);  // Ł
    CHECK(cmap.find("<010E> <202F>\n") != std::string::npos);
    CHECK(cmap.find("<010F> <20AC>\nendbfchar\n") != std::string::npos);
    CHECK(cmap.find("begincidrange") == std::string::npos);
    CHECK(codes.encode("Łódź") == std::string("\x01\x0C\x01\x0B\x01\x09\x01\x0D", 8));
}

TEST_CASE("pdf/a-3: a Factur-X invoice has every PDF/A-3b and Factur-X part",
          "[pdf][pdfa][tools]") {
    // A missing tool fails the test rather than skipping it (scripts/install-deps --test).
    REQUIRE(have("qpdf"));
    const Folder folder;
    const std::string pdf = render_invoice_pdf(facturx_view(), fonts());
    CHECK(pdf.rfind("%PDF-1.7\n%", 0) == 0);
    const QpdfView view = qpdf_view(folder, pdf);
    CHECK(view.version == "1.7");
    const json& catalog = view.catalog();

    // The XMP metadata, uncompressed, and what it says.
    const json& metadata = view.value(catalog.at("/Metadata"));
    CHECK(metadata.at("/Type") == "/Metadata");
    CHECK(metadata.at("/Subtype") == "/XML");
    CHECK_FALSE(metadata.contains("/Filter"));
    const std::string xmp = xmp_packet(pdf);
    CHECK(xmp_value(xmp, "pdfaid:part") == "3");
    CHECK(xmp_value(xmp, "pdfaid:conformance") == "B");
    CHECK(xmp_value(xmp, "fx:DocumentFileName") == "factur-x.xml");
    CHECK(xmp_value(xmp, "fx:DocumentType") == "INVOICE");
    CHECK(xmp_value(xmp, "fx:Version") == "1.0");
    CHECK(xmp_value(xmp, "fx:ConformanceLevel") == "EN 16931");
    CHECK(xmp_value(xmp, "pdfaSchema:namespaceURI") ==
          "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#");
    CHECK(xmp_value(xmp, "pdfaSchema:prefix") == "fx");

    // The sRGB output intent.
    const json& intents = catalog.at("/OutputIntents");
    REQUIRE(intents.size() == 1);
    const json& intent = view.value(intents.at(0));
    CHECK(intent.at("/Type") == "/OutputIntent");
    CHECK(intent.at("/S") == "/GTS_PDFA1");
    const json& profile = view.value(intent.at("/DestOutputProfile"));
    CHECK(profile.at("/N") == 3);

    // factur-x.xml: an associated file of the document, and in the embedded files' name tree.
    const json& associated = catalog.at("/AF");
    REQUIRE(associated.size() == 1);
    const json& spec = view.value(associated.at(0));
    CHECK(spec.at("/Type") == "/Filespec");
    CHECK(spec.at("/F") == "u:factur-x.xml");
    CHECK(spec.at("/UF") == "u:factur-x.xml");
    CHECK(spec.at("/AFRelationship") == "/Alternative");
    CHECK(spec.contains("/Desc"));
    const json& file = view.value(spec.at("/EF").at("/F"));
    CHECK(file.at("/Type") == "/EmbeddedFile");
    CHECK(file.at("/Subtype") == "/text/xml");
    CHECK(file.at("/Params").at("/Size") == kXml.size());
    const json& info = view.value(view.trailer().at("/Info"));
    CHECK(file.at("/Params").at("/ModDate") == info.at("/ModDate"));
    const json& names = catalog.at("/Names").at("/EmbeddedFiles").at("/Names");
    REQUIRE(names.size() == 2);
    CHECK(names.at(0) == "u:factur-x.xml");
    CHECK(names.at(1) == associated.at(0));

    // A file identifier of two equal strings; no encryption.
    const json& id = view.trailer().at("/ID");
    REQUIRE(id.size() == 2);
    CHECK(id.at(0) == id.at(1));
    CHECK_FALSE(view.trailer().contains("/Encrypt"));

    // No transparency: no soft masks, constant alpha or transparency groups anywhere.
    for (const char* key : {"/SMask", "/CA", "/ca", "/Group", "/BM"}) {
        INFO(key);
        CHECK(pdf.find(std::string(key) + " ") == std::string::npos);
    }

    // qpdf finds nothing wrong, and gives back the exact XML.
    const Output check = run("qpdf --check '" + folder.path("view.pdf") + "' 2>&1");
    INFO(check.out);
    CHECK(check.status == 0);
    CHECK(check.out.find("No syntax or stream encoding errors found") != std::string::npos);
    const Output attachment =
        run("qpdf --show-attachment=factur-x.xml '" + folder.path("view.pdf") + "'");
    CHECK(attachment.status == 0);
    CHECK(attachment.out == kXml);
}

TEST_CASE("pdf/a-3: the Info dictionary and the XMP metadata agree", "[pdf][pdfa][tools]") {
    // A missing tool fails the test rather than skipping it (scripts/install-deps --test).
    REQUIRE(have("qpdf"));
    const Folder folder;
    auto credit_note = facturx_view(testing::sample_french_credit_note_view());
    credit_note.info.author = "Odotrack & Fils <Québec>";
    for (const auto& source : {facturx_view(), credit_note, facturx_view(polish_view())}) {
        INFO(source.info.title);
        const std::string pdf = render_invoice_pdf(source, fonts());
        const QpdfView view = qpdf_view(folder, pdf);
        const json& info = view.value(view.trailer().at("/Info"));
        const std::string xmp = xmp_packet(pdf);
        // PDF/A: the creation and modification dates, as instants, are the XMP's.
        CHECK(pdf_date_as_xmp(text_of(info.at("/CreationDate"))) ==
              xmp_value(xmp, "xmp:CreateDate"));
        CHECK(pdf_date_as_xmp(text_of(info.at("/ModDate"))) == xmp_value(xmp, "xmp:ModifyDate"));
        CHECK(xmp_value(xmp, "xmp:CreateDate") == "2026-11-01T00:00:00Z");
        CHECK(text_of(info.at("/Producer")) == xmp_value(xmp, "pdf:Producer"));
        CHECK(text_of(info.at("/Creator")) == xmp_value(xmp, "xmp:CreatorTool"));
        CHECK(text_of(info.at("/Keywords")) == xmp_value(xmp, "pdf:Keywords"));
        CHECK(text_of(info.at("/Title")) == source.info.title);
        CHECK(between(xmp, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">", "</rdf:li>") ==
              source.info.title);
        CHECK(text_of(info.at("/Author")) == source.info.author);
        CHECK(between(xmp, "<dc:creator><rdf:Seq><rdf:li>", "</rdf:li>") == source.info.author);
        CHECK(
            text_of(info.at("/Subject")) ==
            between(xmp, "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">", "</rdf:li>"));
        // Well-formed XML, special characters escaped.
        if (have("xmllint")) {
            const auto packet = folder.write("xmp.xml", xmp + "<?xpacket end=\"w\"?>");
            CHECK(run("xmllint --noout '" + packet + "' 2>&1").out.empty());
        }
    }
}

TEST_CASE("pdf/a-3: the same invoice gives the same bytes", "[pdf][pdfa]") {
    const auto view = facturx_view();
    const std::string first = render_invoice_pdf(view, fonts());
    std::string on_other_thread;
    std::thread([&] { on_other_thread = render_invoice_pdf(view, fonts()); }).join();
    CHECK(on_other_thread == first);
    CHECK(render_invoice_pdf(view, fonts()) == first);

    // The identifier follows the XML.
    auto changed = view;
    changed.factur_x_xml += "<!-- -->\n";
    const std::string other = render_invoice_pdf(changed, fonts());
    const auto id_of = [](const std::string& pdf) { return pdf.substr(pdf.rfind("/ID")); };
    CHECK(id_of(other) != id_of(first));

    // A Factur-X document leaves nothing behind in the thread's handle for the next plain one.
    const auto plain = testing::sample_invoice_view(12);
    const std::string before = render_invoice_pdf(plain, fonts());
    render_invoice_pdf(view, fonts());
    render_invoice_pdf(facturx_view(polish_view()), fonts());
    const std::string after = render_invoice_pdf(plain, fonts());
    CHECK(after == before);
    CHECK(after.rfind("%PDF-1.3\n", 0) == 0);
    CHECK(after.find("/Metadata") == std::string::npos);
    CHECK(after.find("/ID") == std::string::npos);
}

TEST_CASE("pdf/a-3: text comes back from pdftotext, without a warning", "[pdf][pdfa][tools]") {
    // A missing tool fails the test rather than skipping it (scripts/install-deps --test).
    REQUIRE(have("pdftotext"));
    const Folder folder;
    auto check_text = [&](const PdfInvoiceView& view, PdfFontChoice choice,
                          const std::vector<std::string>& expected) {
        const std::string pdf = folder.write("text.pdf", render_invoice_pdf(view, fonts(), choice));
        const Output output =
            run("pdftotext -enc UTF-8 '" + pdf + "' - 2>'" + folder.path("warnings.txt") + "'");
        REQUIRE(output.status == 0);
        CHECK(folder.read("warnings.txt").empty());
        for (const auto& piece : expected) {
            INFO(piece);
            CHECK(output.out.find(piece) != std::string::npos);
        }
    };
    // poppler gives U+202F and U+00A0 back as plain spaces, whatever the map says.
    const auto french = facturx_view(testing::sample_french_credit_note_view());
    const std::vector<std::string> french_text = {
        "Facturer à", "Québec QC", "Désignation", "indemnité forfaitaire",
        "1 234,56 €", "40 €",      "Page 1 / 1"};
    check_text(french, PdfFontChoice::automatic, french_text);  // Windows-1252 fonts
    check_text(french, PdfFontChoice::unicode, french_text);    // CID fonts, the document's codes
    check_text(facturx_view(polish_view()), PdfFontChoice::automatic, {"90-001 Łódź", "Montréal"});
    auto greek = facturx_view();
    greek.customer.name = "Γιώργος Παπαδόπουλος";
    check_text(greek, PdfFontChoice::automatic, {"Γιώργος Παπαδόπουλος", "Montréal"});
}

TEST_CASE("pdf/a-3: CID fonts carry a real ToUnicode map", "[pdf][pdfa][tools]") {
    // A missing tool fails the test rather than skipping it (scripts/install-deps --test).
    REQUIRE(have("qpdf"));
    const Folder folder;
    const std::string pdf = render_invoice_pdf(facturx_view(polish_view()), fonts());
    const QpdfView view = qpdf_view(folder, pdf);
    int maps = 0;
    for (const auto& [key, object] : view.objects.items()) {
        const json& dict = view.value(object);
        if (!dict.is_object() || !dict.contains("/ToUnicode")) continue;
        ++maps;
        const std::string ref = dict.at("/ToUnicode").get<std::string>();
        const Output cmap = run("qpdf --show-object=" + ref.substr(0, ref.find(' ')) +
                                " --filtered-stream-data '" + folder.path("view.pdf") + "'");
        INFO(cmap.out);
        CHECK(cmap.out.find("begincidrange") == std::string::npos);
        // The document's own codes, from 0101 up, each to its character.
        const std::regex entry("<01[0-9A-F]{2}> <(0141|202F|20AC)>\n");  // Ł, narrow space, €
        CHECK(std::distance(std::sregex_iterator(cmap.out.begin(), cmap.out.end(), entry),
                            std::sregex_iterator()) == 3);
        CHECK_FALSE(view.value(dict.at("/ToUnicode")).contains("/CMapName"));

        // Every code drawn reaches a glyph: libharu's code-to-glyph map stops one short of the
        // highest code it was given, which must not be a character's.
        const json& descendant = view.value(view.value(dict.at("/DescendantFonts")).at(0));
        const std::string map_ref = descendant.at("/CIDToGIDMap").get<std::string>();
        const Output map = run("qpdf --show-object=" + map_ref.substr(0, map_ref.find(' ')) +
                               " --filtered-stream-data '" + folder.path("view.pdf") + "'");
        const std::regex code("<([0-9A-F]{4})> <[0-9A-F]{4}>\n");
        const auto entries = cmap.out.begin() + cmap.out.find("beginbfchar");  // past the ranges
        int codes = 0;
        for (auto it = std::sregex_iterator(entries, cmap.out.end(), code);
             it != std::sregex_iterator(); ++it) {
            const std::size_t cid = std::stoul((*it)[1].str(), nullptr, 16);
            INFO("code " << (*it)[1].str());
            REQUIRE(map.out.size() >= 2 * cid + 2);
            const unsigned glyph = static_cast<unsigned char>(map.out[2 * cid]) << 8 |
                                   static_cast<unsigned char>(map.out[2 * cid + 1]);
            CHECK(glyph != 0);
            ++codes;
        }
        CHECK(codes > 20);
    }
    CHECK(maps == 2);  // regular and bold
}

TEST_CASE("pdf/a-3: a transparent PNG logo is drawn without transparency", "[pdf][pdfa][tools]") {
    REQUIRE(have("qpdf"));
    const Folder folder;
    PdfInvoiceView view = facturx_view();
    view.seller.logo = test::rgba_png();
    const std::string pdf = render_invoice_pdf(view, fonts());
    CHECK(pdf == render_invoice_pdf(view, fonts()));  // deterministic
    // One image, 3 x 1 RGB, and no soft mask, constant alpha or transparency group.
    CHECK(pdf.find("/Subtype /Image") != std::string::npos);
    for (const char* key : {"/SMask", "/CA", "/ca", "/Group", "/BM", "/Mask"}) {
        INFO(key);
        CHECK(pdf.find(std::string(key) + " ") == std::string::npos);
    }
    const Output listed = run("pdfimages -list '" + folder.write("logo.pdf", pdf) + "'");
    CHECK(listed.status == 0);
    CHECK_THAT(listed.out,
               Catch::Matches(R"([\s\S]*\n\s+1\s+0\s+image\s+3\s+1\s+rgb\s+3\s+8\s[\s\S]*)"));
    const Output check = run("qpdf --check '" + folder.path("logo.pdf") + "' 2>&1");
    INFO(check.out);
    CHECK(check.status == 0);
}

TEST_CASE("pdf/a-3: a JPEG logo goes in as it is", "[pdf][pdfa][tools]") {
    REQUIRE(have("pdfimages"));
    const Folder folder;
    std::ifstream file(PORTALGEN_SOURCE_DIR "/tests/e2e/fixtures/lumen-logo.jpg", std::ios::binary);
    const std::string jpeg{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    REQUIRE(jpeg.size() > 1000);
    PdfInvoiceView view = facturx_view();
    view.seller.logo = jpeg;
    const std::string pdf = render_invoice_pdf(view, fonts());
    CHECK(pdf.find(jpeg) != std::string::npos);  // the file's bytes, a DCT stream
    const Output listed = run("pdfimages -list '" + folder.write("jpeg.pdf", pdf) + "'");
    CHECK_THAT(
        listed.out,
        Catch::Matches(R"([\s\S]*\n\s+1\s+0\s+image\s+250\s+96\s+rgb\s+3\s+8\s+jpeg\s[\s\S]*)"));
    const Output check = run("qpdf --check '" + folder.path("jpeg.pdf") + "' 2>&1");
    INFO(check.out);
    CHECK(check.status == 0);
}
