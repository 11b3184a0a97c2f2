// The Factur-X XML (SPEC section 8): escaping that no data can break, the CII elements in the
// schemas' order, and the samples that tests/e2e/einvoice_rules.sh hands to the official rules.
#include "render/factur_x_xml.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "e_invoice_samples.h"

using namespace portalgen;
using namespace portalgen::testing;

namespace {

// Hostile text for every field: markup, quotes, an entity, a CDATA end, controls XML 1.0
// forbids, U+FFFE, a lone surrogate, a byte that is not UTF-8 and a truncated sequence.
const std::string kHostile =
    "</ram:Name><x a='1'>&amp;\"]]>\x01\x0b\x1f\xef\xbf\xbe\xed\xa0\x80\xff\xc3";

std::size_t position(const std::string& text, const std::string& part) {
    const std::size_t at = text.find(part);
    INFO(part);
    REQUIRE(at != std::string::npos);
    return at;
}

// Every text of the view hostile, the amounts and codes included.
EInvoiceView hostile_view() {
    EInvoiceView v = discounted_invoice();
    v.number = v.currency = v.business_process = v.buyer_reference = kHostile;
    v.purchase_order = v.order_reference = v.contract_reference = kHostile;
    v.tax_currency = v.vat_due_date_code = v.payment_reference = v.payment_terms = kHostile;
    v.type_code = kHostile;
    v.notes = {{kHostile, kHostile}};
    v.preceding_invoice = EInvoiceReference{kHostile, day("2026-01-01")};
    for (EInvoiceParty* party : {&v.seller, &v.buyer}) {
        party->name = party->vat_id = party->email = kHostile;
        party->legal_id = party->electronic_address = {kHostile, kHostile};
        party->address = {
            {kHostile, kHostile, kHostile, kHostile}, kHostile, kHostile, kHostile, kHostile};
    }
    v.delivery.name = kHostile;
    v.delivery.address = v.seller.address;
    v.payment_means = EInvoicePaymentMeans{kHostile, kHostile, kHostile, kHostile};
    for (auto& line : v.lines) {
        line.id = line.name = line.description = line.quantity = line.unit_code = kHostile;
        line.net_price = line.net_amount = line.vat_category = line.vat_rate = kHostile;
        line.allowance =
            EInvoiceAllowance{kHostile, kHostile, kHostile, kHostile, kHostile, kHostile, kHostile};
    }
    v.allowances = {*v.lines[0].allowance};
    v.vat = {{kHostile, kHostile, kHostile, kHostile, kHostile, kHostile}};
    v.totals = {kHostile, kHostile, kHostile, kHostile, kHostile, kHostile, kHostile, kHostile};
    return v;
}

}  // namespace

TEST_CASE("factur-x xml: a services invoice in the schemas' order", "[xml]") {
    const std::string xml = factur_x_xml(services_invoice());
    // The document's parts, in order.
    const char* order[] = {
        "<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:"
        "CrossIndustryInvoice:100\"",
        "<ram:BusinessProcessSpecifiedDocumentContextParameter>\n      <ram:ID>S1</ram:ID>",
        "<ram:GuidelineSpecifiedDocumentContextParameter>\n      "
        "<ram:ID>urn:cen.eu:en16931:2017</ram:ID>",
        "<ram:ID>INV/2026/00126</ram:ID>",
        "<ram:TypeCode>380</ram:TypeCode>",
        "<udt:DateTimeString format=\"102\">20260601</udt:DateTimeString>",
        "<ram:SubjectCode>PMT</ram:SubjectCode>",
        "<ram:LineID>1</ram:LineID>",
        "<ram:Description>Atelier « migration »\nsur site, 2 jours</ram:Description>",
        "<ram:BilledQuantity unitCode=\"HUR\">7.5</ram:BilledQuantity>",
        "<ram:LineTotalAmount>49.90</ram:LineTotalAmount>",
        "<ram:BuyerReference>SERVICE-ACHATS</ram:BuyerReference>",
        "<ram:Name>Odotrack SAS</ram:Name>",
        "<ram:ID schemeID=\"0002\">912345683</ram:ID>",
        "<ram:URIID>billing@odotrack.example</ram:URIID>",
        "<ram:LineOne>12 rue de la Chaussée-d&apos;Antin</ram:LineOne>",
        "<ram:URIID schemeID=\"0225\">912345683</ram:URIID>",
        "<ram:ID schemeID=\"VA\">FR89912345683</ram:ID>",
        "<ram:Name>Boulangerie Dupont &amp; Fils</ram:Name>",
        "<ram:SellerOrderReferencedDocument>\n        "
        "<ram:IssuerAssignedID>SO-2026-0042</ram:IssuerAssignedID>",
        "<ram:IssuerAssignedID>PO-7781</ram:IssuerAssignedID>",
        "<ram:IssuerAssignedID>SUB-0007</ram:IssuerAssignedID>",
        "<ram:ApplicableHeaderTradeDelivery>",
        "<ram:PaymentReference>INV/2026/00126</ram:PaymentReference>",
        "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>",
        "<ram:TypeCode>58</ram:TypeCode>",
        "<ram:IBANID>FR7630006000011234567890189</ram:IBANID>",
        "<ram:BICID>AGRIFRPP</ram:BICID>",
        "<ram:CalculatedAmount>162.28</ram:CalculatedAmount>",
        "<ram:DueDateTypeCode>5</ram:DueDateTypeCode>",
        "<ram:RateApplicablePercent>20</ram:RateApplicablePercent>",
        "<ram:BillingSpecifiedPeriod>",
        "<ram:Description>Paiement à 30 jours</ram:Description>",
        "<udt:DateTimeString format=\"102\">20260701</udt:DateTimeString>",
        "<ram:LineTotalAmount>811.40</ram:LineTotalAmount>",
        "<ram:TaxBasisTotalAmount>811.40</ram:TaxBasisTotalAmount>",
        "<ram:TaxTotalAmount currencyID=\"EUR\">162.28</ram:TaxTotalAmount>",
        "<ram:GrandTotalAmount>973.68</ram:GrandTotalAmount>",
        "<ram:TotalPrepaidAmount>100.00</ram:TotalPrepaidAmount>",
        "<ram:DuePayableAmount>873.68</ram:DuePayableAmount>",
        "</rsm:CrossIndustryInvoice>\n",
    };
    std::size_t from = 0;
    for (const char* part : order) {
        INFO(part);
        const std::size_t at = xml.find(part, from);
        REQUIRE(at != std::string::npos);
        from = at;
    }
    CHECK(xml.find("InvoiceReferencedDocument") == std::string::npos);
    CHECK(xml.find("AllowanceTotalAmount") == std::string::npos);
    CHECK(factur_x_xml(services_invoice()) == xml);  // the same view, the same bytes
}

TEST_CASE("factur-x xml: a credit note names the invoice it reverses", "[xml]") {
    const std::string xml = factur_x_xml(credit_note());
    CHECK(xml.find("<ram:TypeCode>381</ram:TypeCode>") != std::string::npos);
    const std::size_t reference = position(xml, "<ram:InvoiceReferencedDocument>");
    CHECK(position(xml, "<ram:DuePayableAmount>29.94</ram:DuePayableAmount>") < reference);
    CHECK(xml.find("<ram:IssuerAssignedID>INV/2026/00126</ram:IssuerAssignedID>\n"
                   "        <ram:FormattedIssueDateTime>\n"
                   "          <qdt:DateTimeString format=\"102\">20260601</qdt:DateTimeString>",
                   reference) != std::string::npos);
    CHECK(xml.find("SpecifiedTradeSettlementPaymentMeans") == std::string::npos);
}

TEST_CASE("factur-x xml: discounts, exemptions and long addresses", "[xml]") {
    const std::string discounts = factur_x_xml(discounted_invoice());
    // A line's allowance: after its VAT, before its total; percent and basis only when given.
    const std::size_t vat = position(discounts, "<ram:RateApplicablePercent>20");
    const std::size_t allowance = position(discounts, "<ram:SpecifiedTradeAllowanceCharge>");
    CHECK(vat < allowance);
    CHECK(discounts.find("<udt:Indicator>false</udt:Indicator>\n"
                         "          </ram:ChargeIndicator>\n"
                         "          <ram:CalculationPercent>10</ram:CalculationPercent>\n"
                         "          <ram:BasisAmount>360.00</ram:BasisAmount>\n"
                         "          <ram:ActualAmount>36.00</ram:ActualAmount>\n"
                         "          <ram:ReasonCode>95</ram:ReasonCode>") != std::string::npos);
    CHECK(discounts.find("</ram:ChargeIndicator>\n"
                         "          <ram:ActualAmount>5.62</ram:ActualAmount>") !=
          std::string::npos);
    CHECK(discounts.find("<ram:Reason>Remise fidélité</ram:Reason>\n"
                         "        <ram:CategoryTradeTax>") != std::string::npos);
    CHECK(discounts.find("<ram:AllowanceTotalAmount>10.00</ram:AllowanceTotalAmount>") !=
          std::string::npos);

    const std::string exempt = factur_x_xml(reverse_charge_invoice());
    CHECK(exempt.find("<ram:TypeCode>VAT</ram:TypeCode>\n"
                      "        <ram:ExemptionReason>Autoliquidation</ram:ExemptionReason>\n"
                      "        <ram:BasisAmount>800.00</ram:BasisAmount>\n"
                      "        <ram:CategoryCode>AE</ram:CategoryCode>\n"
                      "        <ram:ExemptionReasonCode>VATEX-EU-AE</ram:ExemptionReasonCode>\n"
                      "        <ram:RateApplicablePercent>0</ram:RateApplicablePercent>") !=
          std::string::npos);

    // A fourth address line joins the third; the region follows the country.
    const std::string shipped = factur_x_xml(intra_eu_invoice());
    CHECK(shipped.find("<ram:LineThree>Hall 7, Porte C</ram:LineThree>\n"
                       "          <ram:CityName>Antwerpen</ram:CityName>\n"
                       "          <ram:CountryID>BE</ram:CountryID>\n"
                       "          <ram:CountrySubDivisionName>Antwerpen") != std::string::npos);
    CHECK(position(shipped, "<ram:ShipToTradeParty>") <
          position(shipped, "<ram:ActualDeliverySupplyChainEvent>"));

    const std::string yen = factur_x_xml(yen_invoice());
    CHECK(yen.find("<ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode>\n"
                   "      <ram:InvoiceCurrencyCode>JPY</ram:InvoiceCurrencyCode>") !=
          std::string::npos);
    CHECK(yen.find("<ram:TaxTotalAmount currencyID=\"JPY\">31130</ram:TaxTotalAmount>\n"
                   "        <ram:TaxTotalAmount currencyID=\"EUR\">180.55</ram:TaxTotalAmount>") !=
          std::string::npos);

    const std::string forty = factur_x_xml(forty_line_invoice());
    CHECK(forty.find("<ram:LineID>40</ram:LineID>") != std::string::npos);
    CHECK(forty.find("<ram:LineTotalAmount>120.12</ram:LineTotalAmount>") !=
          std::string::npos);  // line 39: 39 × 3.08
}

TEST_CASE("factur-x xml: hostile text everywhere stays text", "[xml]") {
    const std::string xml = factur_x_xml(hostile_view());
    // Nothing of the data is markup: the only '<' are the writer's tags, and none is <x.
    CHECK(xml.find("<x") == std::string::npos);
    CHECK(xml.find("]]>") == std::string::npos);
    CHECK(xml.find("&amp;amp;\"") == std::string::npos);
    CHECK(xml.find("&lt;/ram:Name&gt;&lt;x a=&apos;1&apos;&gt;&amp;amp;&quot;]]&gt;") !=
          std::string::npos);
    for (char c : {'\x01', '\x0b', '\x1f', '\xff'}) CHECK(xml.find(c) == std::string::npos);
    CHECK(xml.find("\xef\xbf\xbe") == std::string::npos);
    CHECK(xml.find("\xed\xa0\x80") == std::string::npos);
}

// Not run by default: writes the samples for tests/e2e/einvoice_rules.sh into the folder named
// by PORTALGEN_EINVOICE_SAMPLES, with a hostile document and one with a wrong total.
TEST_CASE("factur-x xml: write the samples", "[.einvoice_samples]") {
    const char* folder = std::getenv("PORTALGEN_EINVOICE_SAMPLES");
    REQUIRE(folder != nullptr);
    auto write = [&](const std::string& name, const std::string& xml) {
        std::ofstream out(std::filesystem::path(folder) / (name + ".xml"), std::ios::binary);
        out << xml;
        REQUIRE(out.good());
    };
    for (const auto& [name, view] : e_invoice_samples()) write(name, factur_x_xml(view));
    write("hostile", factur_x_xml(hostile_view()));
    EInvoiceView wrong = services_invoice();
    wrong.totals.grand_total = "973.69";
    write("wrong_total", factur_x_xml(wrong));
}
