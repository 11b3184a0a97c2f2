#include "render/factur_x_xml.h"

#include <cstddef>
#include <string_view>

#include "core/xml_writer.h"

namespace portalgen {

namespace {

constexpr std::string_view kProfile = "urn:cen.eu:en16931:2017";

std::string ymd(Date date) {
    std::string text = date.to_string();
    std::erase(text, '-');
    return text;
}

class CiiWriter {
  public:
    explicit CiiWriter(XmlWriter& xml) : xml_(xml) {}

    // An element only when it has something to say.
    void optional(std::string_view name, const std::string& text) {
        if (!text.empty()) xml_.element(name, text);
    }

    void date_time(std::string_view name, Date date) {
        xml_.open(name);
        xml_.element("udt:DateTimeString", ymd(date), {{"format", "102"}});
        xml_.close();
    }

    void id(std::string_view name, const EInvoiceId& id) {
        if (id.value.empty()) return;
        if (id.scheme.empty())
            xml_.element(name, id.value);
        else
            xml_.element(name, id.value, {{"schemeID", id.scheme}});
    }

    void address(const EInvoiceAddress& address) {
        xml_.open("ram:PostalTradeAddress");
        optional("ram:PostcodeCode", address.postcode);
        static constexpr std::string_view kLines[] = {"ram:LineOne", "ram:LineTwo",
                                                      "ram:LineThree"};
        std::string third;
        for (std::size_t i = 0; i < address.lines.size(); ++i) {
            if (i < 2)
                optional(kLines[i], address.lines[i]);
            else
                third += (third.empty() ? "" : ", ") + address.lines[i];
        }
        optional(kLines[2], third);
        optional("ram:CityName", address.city);
        xml_.element("ram:CountryID", address.country);
        optional("ram:CountrySubDivisionName", address.region);
        xml_.close();
    }

    void party(std::string_view name, const EInvoiceParty& party) {
        xml_.open(name);
        optional("ram:Name", party.name);
        if (!party.legal_id.value.empty()) {
            xml_.open("ram:SpecifiedLegalOrganization");
            id("ram:ID", party.legal_id);
            xml_.close();
        }
        if (!party.email.empty()) {
            xml_.open("ram:DefinedTradeContact");
            xml_.open("ram:EmailURIUniversalCommunication");
            xml_.element("ram:URIID", party.email);
            xml_.close();
            xml_.close();
        }
        address(party.address);
        if (!party.electronic_address.value.empty()) {
            xml_.open("ram:URIUniversalCommunication");
            id("ram:URIID", party.electronic_address);
            xml_.close();
        }
        if (!party.vat_id.empty()) {
            xml_.open("ram:SpecifiedTaxRegistration");
            xml_.element("ram:ID", party.vat_id, {{"schemeID", "VA"}});
            xml_.close();
        }
        xml_.close();
    }

    void period(const std::optional<EInvoicePeriod>& period) {
        if (!period) return;
        xml_.open("ram:BillingSpecifiedPeriod");
        date_time("ram:StartDateTime", period->start);
        date_time("ram:EndDateTime", period->end);
        xml_.close();
    }

    void referenced(std::string_view name, const std::string& number) {
        if (number.empty()) return;
        xml_.open(name);
        xml_.element("ram:IssuerAssignedID", number);
        xml_.close();
    }

    // A line's VAT [BG-30] or the VAT of a document-level allowance.
    void line_vat(std::string_view name, const std::string& category, const std::string& rate) {
        xml_.open(name);
        xml_.element("ram:TypeCode", "VAT");
        xml_.element("ram:CategoryCode", category);
        optional("ram:RateApplicablePercent", rate);
        xml_.close();
    }

    void allowance(const EInvoiceAllowance& allowance, bool document_level) {
        xml_.open("ram:SpecifiedTradeAllowanceCharge");
        xml_.open("ram:ChargeIndicator");
        xml_.element("udt:Indicator", "false");
        xml_.close();
        if (!allowance.basis.empty()) {
            optional("ram:CalculationPercent", allowance.percent);
            xml_.element("ram:BasisAmount", allowance.basis);
        }
        xml_.element("ram:ActualAmount", allowance.amount);
        optional("ram:ReasonCode", allowance.reason_code);
        optional("ram:Reason", allowance.reason);
        if (document_level)
            line_vat("ram:CategoryTradeTax", allowance.vat_category, allowance.vat_rate);
        xml_.close();
    }

    void line(const EInvoiceLine& line) {
        xml_.open("ram:IncludedSupplyChainTradeLineItem");
        xml_.open("ram:AssociatedDocumentLineDocument");
        xml_.element("ram:LineID", line.id);
        xml_.close();
        xml_.open("ram:SpecifiedTradeProduct");
        xml_.element("ram:Name", line.name);
        optional("ram:Description", line.description);
        xml_.close();
        xml_.open("ram:SpecifiedLineTradeAgreement");
        xml_.open("ram:NetPriceProductTradePrice");
        xml_.element("ram:ChargeAmount", line.net_price);
        xml_.close();
        xml_.close();
        xml_.open("ram:SpecifiedLineTradeDelivery");
        xml_.element("ram:BilledQuantity", line.quantity, {{"unitCode", line.unit_code}});
        xml_.close();
        xml_.open("ram:SpecifiedLineTradeSettlement");
        line_vat("ram:ApplicableTradeTax", line.vat_category, line.vat_rate);
        period(line.period);
        if (line.allowance) allowance(*line.allowance, false);
        xml_.open("ram:SpecifiedTradeSettlementLineMonetarySummation");
        xml_.element("ram:LineTotalAmount", line.net_amount);
        xml_.close();
        xml_.close();
        xml_.close();
    }

    void agreement(const EInvoiceView& invoice) {
        xml_.open("ram:ApplicableHeaderTradeAgreement");
        optional("ram:BuyerReference", invoice.buyer_reference);
        party("ram:SellerTradeParty", invoice.seller);
        party("ram:BuyerTradeParty", invoice.buyer);
        referenced("ram:SellerOrderReferencedDocument", invoice.order_reference);
        referenced("ram:BuyerOrderReferencedDocument", invoice.purchase_order);
        referenced("ram:ContractReferencedDocument", invoice.contract_reference);
        xml_.close();
    }

    void delivery(const EInvoiceDelivery& delivery) {
        xml_.open("ram:ApplicableHeaderTradeDelivery");
        if (!delivery.name.empty() || delivery.address) {
            xml_.open("ram:ShipToTradeParty");
            optional("ram:Name", delivery.name);
            if (delivery.address) address(*delivery.address);
            xml_.close();
        }
        if (delivery.date) {
            xml_.open("ram:ActualDeliverySupplyChainEvent");
            date_time("ram:OccurrenceDateTime", *delivery.date);
            xml_.close();
        }
        xml_.close();
    }

    void vat(const EInvoiceVat& vat, const std::string& due_date_code) {
        xml_.open("ram:ApplicableTradeTax");
        xml_.element("ram:CalculatedAmount", vat.amount);
        xml_.element("ram:TypeCode", "VAT");
        optional("ram:ExemptionReason", vat.exemption);
        xml_.element("ram:BasisAmount", vat.basis);
        xml_.element("ram:CategoryCode", vat.category);
        optional("ram:ExemptionReasonCode", vat.exemption_code);
        optional("ram:DueDateTypeCode", due_date_code);
        optional("ram:RateApplicablePercent", vat.rate);
        xml_.close();
    }

    void totals(const EInvoiceView& invoice) {
        const EInvoiceTotals& totals = invoice.totals;
        xml_.open("ram:SpecifiedTradeSettlementHeaderMonetarySummation");
        xml_.element("ram:LineTotalAmount", totals.line_total);
        optional("ram:AllowanceTotalAmount", totals.allowance_total);
        xml_.element("ram:TaxBasisTotalAmount", totals.tax_basis);
        xml_.element("ram:TaxTotalAmount", totals.tax_total, {{"currencyID", invoice.currency}});
        if (!invoice.tax_currency.empty() && !totals.tax_total_in_tax_currency.empty())
            xml_.element("ram:TaxTotalAmount", totals.tax_total_in_tax_currency,
                         {{"currencyID", invoice.tax_currency}});
        xml_.element("ram:GrandTotalAmount", totals.grand_total);
        optional("ram:TotalPrepaidAmount", totals.prepaid);
        xml_.element("ram:DuePayableAmount", totals.due);
        xml_.close();
    }

    void settlement(const EInvoiceView& invoice) {
        xml_.open("ram:ApplicableHeaderTradeSettlement");
        optional("ram:PaymentReference", invoice.payment_reference);
        optional("ram:TaxCurrencyCode", invoice.tax_currency);
        xml_.element("ram:InvoiceCurrencyCode", invoice.currency);
        if (const auto& means = invoice.payment_means) {
            xml_.open("ram:SpecifiedTradeSettlementPaymentMeans");
            xml_.element("ram:TypeCode", means->code);
            if (!means->iban.empty()) {
                xml_.open("ram:PayeePartyCreditorFinancialAccount");
                xml_.element("ram:IBANID", means->iban);
                optional("ram:AccountName", means->account_name);
                xml_.close();
            }
            if (!means->bic.empty()) {
                xml_.open("ram:PayeeSpecifiedCreditorFinancialInstitution");
                xml_.element("ram:BICID", means->bic);
                xml_.close();
            }
            xml_.close();
        }
        for (const auto& row : invoice.vat) vat(row, invoice.vat_due_date_code);
        period(invoice.period);
        for (const auto& row : invoice.allowances) allowance(row, true);
        if (!invoice.payment_terms.empty() || invoice.due_date) {
            xml_.open("ram:SpecifiedTradePaymentTerms");
            optional("ram:Description", invoice.payment_terms);
            if (invoice.due_date) date_time("ram:DueDateDateTime", *invoice.due_date);
            xml_.close();
        }
        totals(invoice);
        if (const auto& preceding = invoice.preceding_invoice) {
            xml_.open("ram:InvoiceReferencedDocument");
            xml_.element("ram:IssuerAssignedID", preceding->number);
            if (preceding->date) {
                xml_.open("ram:FormattedIssueDateTime");
                xml_.element("qdt:DateTimeString", ymd(*preceding->date), {{"format", "102"}});
                xml_.close();
            }
            xml_.close();
        }
        xml_.close();
    }

  private:
    XmlWriter& xml_;
};

}  // namespace

std::string factur_x_xml(const EInvoiceView& invoice) {
    XmlWriter xml;
    CiiWriter cii(xml);
    xml.open(
        "rsm:CrossIndustryInvoice",
        {{"xmlns:rsm", "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"},
         {"xmlns:qdt", "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"},
         {"xmlns:ram",
          "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"},
         {"xmlns:udt", "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"}});

    xml.open("rsm:ExchangedDocumentContext");
    if (!invoice.business_process.empty()) {
        xml.open("ram:BusinessProcessSpecifiedDocumentContextParameter");
        xml.element("ram:ID", invoice.business_process);
        xml.close();
    }
    xml.open("ram:GuidelineSpecifiedDocumentContextParameter");
    xml.element("ram:ID", kProfile);
    xml.close();
    xml.close();

    xml.open("rsm:ExchangedDocument");
    xml.element("ram:ID", invoice.number);
    xml.element("ram:TypeCode", invoice.type_code);
    cii.date_time("ram:IssueDateTime", invoice.issue_date);
    for (const auto& note : invoice.notes) {
        xml.open("ram:IncludedNote");
        xml.element("ram:Content", note.text);
        cii.optional("ram:SubjectCode", note.subject_code);
        xml.close();
    }
    xml.close();

    xml.open("rsm:SupplyChainTradeTransaction");
    for (const auto& line : invoice.lines) cii.line(line);
    cii.agreement(invoice);
    cii.delivery(invoice.delivery);
    cii.settlement(invoice);
    xml.close();
    return xml.finish();
}

}  // namespace portalgen
