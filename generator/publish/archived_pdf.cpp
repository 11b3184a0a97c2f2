#include "publish/archived_pdf.h"

// Newer qpdf without its deprecated PointerHolder (qpdf/PointerHolder.hh).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <stdexcept>

namespace portalgen {

namespace {

// The text of the first <TAG ...>text</TAG> after `from` in `xml`, and where it ends; the XML is
// portalgen's own CII, whose elements hold no markup.
std::string element_text(const std::string& xml, const std::string& tag, std::size_t from = 0) {
    const std::size_t open = xml.find("<" + tag, from);
    if (open == std::string::npos) return {};
    const std::size_t start = xml.find('>', open);
    const std::size_t end = xml.find("</" + tag + ">", start);
    if (start == std::string::npos || end == std::string::npos) return {};
    return xml.substr(start + 1, end - start - 1);
}

}  // namespace

ArchivedPdfFacts read_archived_pdf(const std::filesystem::path& file) {
    ArchivedPdfFacts facts;
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    try {
        pdf.processFile(file.c_str());
        QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
        if (info.isDictionary() && info.getKey("/Keywords").isString()) {
            const std::string keywords = info.getKey("/Keywords").getUTF8Value();
            facts.number = keywords.substr(0, keywords.rfind(", "));
        }
        QPDFEmbeddedFileDocumentHelper files(pdf);
        if (auto spec = files.getEmbeddedFile("factur-x.xml")) {
            const auto data = spec->getEmbeddedFileStream().getStreamData();
            const std::string xml(reinterpret_cast<const char*>(data->getBuffer()),
                                  data->getSize());
            facts.factur_x = true;
            const std::size_t document = xml.find("<rsm:ExchangedDocument>");
            facts.xml_number = element_text(xml, "ram:ID", document);
            const std::size_t sums =
                xml.find("<ram:SpecifiedTradeSettlementHeaderMonetarySummation>");
            facts.untaxed = element_text(xml, "ram:TaxBasisTotalAmount", sums);
            facts.tax = element_text(xml, "ram:TaxTotalAmount", sums);
            facts.total = element_text(xml, "ram:GrandTotalAmount", sums);
        }
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("not a readable PDF (") + e.what() + ")");
    }
    return facts;
}

}  // namespace portalgen
