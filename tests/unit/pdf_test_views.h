// Realistic invoice and statement views for the PDF tests and the PDF benchmark.
#pragma once

#include <string>

#include "core/date.h"
#include "view/pdf_invoice_view.h"
#include "view/pdf_statement_view.h"

namespace portalgen::testing {

// An English invoice of `line_count` lines from a Canadian seller.
inline PdfInvoiceView sample_invoice_view(int line_count) {
    PdfInvoiceView view;
    view.title = "Invoice";
    view.number = "INV/2026/00001";
    view.meta = {{"Invoice date", "Nov 1, 2026"},
                 {"Due date", "Dec 1, 2026"},
                 {"Order", "26367"},
                 {"Subscription", "SUB-0001"}};
    view.seller.name = "Odotrack Inc.";
    view.seller.address = {"1 Place Ville Marie", "Montréal QC  H3B 2B6", "Canada"};
    view.seller.email = "billing@odotrack.example";
    view.seller.phone = "+1 514 555 0100";
    view.seller.website = "https://www.odotrack.example";
    view.seller.tax_ids = {"GST No. 123456789 RT0001", "QST No. 1234567890 TQ0001"};
    view.customer.label = "Bill to";
    view.customer.name = "Marie Tremblay";
    view.customer.company = "Transports Tremblay inc.";
    view.customer.address = {"123 rue Principale", "Québec QC  G1R 4P5", "Canada"};
    view.columns = {"Description", "Quantity", "Unit price", "Disc. %", "Taxes", "Amount"};
    const char* products[] = {"ODO50 device", "Odoo Enterprise — 10 users", "Fleet tracking",
                              "Installation", "Success Pack 25 h",          "SIM card (data plan)"};
    const char* descriptions[] = {
        "GPS tracker with 4G modem, battery backup and tamper alarm; installed behind the "
        "dashboard of each vehicle.",
        "",
        "Live map, trip history and monthly mileage reports for 12 vehicles.",
        "On-site installation, Québec City area, including travel.",
        "",
        "Pan-Canadian data plan, 500 MB per month."};
    for (int i = 0; i < line_count; ++i) {
        PdfInvoiceLine line;
        line.product = products[i % 6];
        line.description = descriptions[i % 6];
        line.quantity = std::to_string(1 + i % 4) + ".00";
        line.unit_price = "$" + std::to_string(49 + 100 * (i % 3)) + ".00";
        line.discount = i % 5 == 2 ? "10" : "";
        line.taxes = "GST, QST";
        line.subtotal = "$" + std::to_string((1 + i % 4) * (49 + 100 * (i % 3))) + ".00";
        view.lines.push_back(line);
    }
    view.totals = {{"Untaxed amount", "$4,312.00", false},
                   {"GST 5% on $4,312.00", "$215.60", false},
                   {"QST 9.975% on $4,312.00", "$430.12", false},
                   {"Total", "$4,957.72", true}};
    view.payment_terms =
        "Payment terms: 30 days. Please use INV/2026/00001 as the reference of your payment.";
    view.legal_notice = {
        "Late payments bear interest at 1.5% per month (18% per year) from the due date."};
    view.page_label = "Page {page} / {pages}";
    view.info = {"Invoice INV/2026/00001", "Odotrack Inc.", "Invoice for Marie Tremblay",
                 "invoice INV/2026/00001", *Date::parse("2026-11-01")};
    return view;
}

// A French credit note in euros, with ICU's narrow and ordinary no-break spaces.
inline PdfInvoiceView sample_french_credit_note_view() {
    PdfInvoiceView view = sample_invoice_view(3);
    view.title = "Avoir";
    view.subtitle = "Annule la facture INV/2026/00001";
    view.number = "RINV/2026/00001";
    view.meta = {{"Date de l’avoir", "5 novembre 2026"}, {"Commande", "26367"}};
    view.customer.label = "Facturer à";
    view.customer.tax_ids = {"TVA FR12 345678901"};
    view.columns = {"Désignation", "Quantité", "Prix unitaire", "Rem. %", "Taxes", "Montant"};
    view.totals = {{"Montant HT", "1\u202F234,56\u00A0€", false},
                   {"TVA 20\u00A0% sur 1\u202F234,56\u00A0€", "246,91\u00A0€", false},
                   {"Total", "1\u202F481,47\u00A0€", true}};
    view.payment_terms = "Conditions de paiement : 30 jours fin de mois.";
    view.legal_notice = {
        "En cas de retard de paiement, une pénalité égale à trois fois le taux d’intérêt légal "
        "sera exigible, ainsi qu’une indemnité forfaitaire de 40\u00A0€ pour frais de "
        "recouvrement (article L441-10 du Code de commerce)."};
    view.info.title = "Avoir RINV/2026/00001 — réf. « Québec »";
    view.info.author = "Odotrack Québec inc.";
    return view;
}

// A CII invoice of `line_count` lines, shaped like a real EN 16931 one (about 1 KB a line), for
// the Factur-X tests and benchmark. Well-formed; its amounts are not checked.
inline std::string sample_facturx_xml(int line_count) {
    std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<rsm:CrossIndustryInvoice "
        "xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" "
        "xmlns:ram=\"urn:un:unece:uncefact:data:standard:"
        "ReusableAggregateBusinessInformationEntity:100\" "
        "xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">\n"
        "<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>"
        "<ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>"
        "</rsm:ExchangedDocumentContext>\n"
        "<rsm:ExchangedDocument><ram:ID>INV/2026/00001</ram:ID><ram:TypeCode>380</ram:TypeCode>"
        "<ram:IssueDateTime><udt:DateTimeString format=\"102\">20261101</udt:DateTimeString>"
        "</ram:IssueDateTime><ram:IncludedNote><ram:Content>Québec — 40 €</ram:Content>"
        "</ram:IncludedNote></rsm:ExchangedDocument>\n<rsm:SupplyChainTradeTransaction>\n";
    for (int i = 1; i <= line_count; ++i) {
        const std::string n = std::to_string(i);
        xml +=
            "<ram:IncludedSupplyChainTradeLineItem>\n"
            "  <ram:AssociatedDocumentLineDocument><ram:LineID>" +
            n +
            "</ram:LineID></ram:AssociatedDocumentLineDocument>\n"
            "  <ram:SpecifiedTradeProduct><ram:Name>Fleet tracking, vehicle " +
            n +
            "</ram:Name><ram:Description>Live map, trip history and monthly mileage reports."
            "</ram:Description></ram:SpecifiedTradeProduct>\n"
            "  <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice>"
            "<ram:ChargeAmount>149.00</ram:ChargeAmount></ram:NetPriceProductTradePrice>"
            "</ram:SpecifiedLineTradeAgreement>\n"
            "  <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode=\"C62\">2.00"
            "</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>\n"
            "  <ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax>"
            "<ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>"
            "<ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>"
            "</ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation>"
            "<ram:LineTotalAmount>298.00</ram:LineTotalAmount>"
            "</ram:SpecifiedTradeSettlementLineMonetarySummation>"
            "</ram:SpecifiedLineTradeSettlement>\n"
            "</ram:IncludedSupplyChainTradeLineItem>\n";
    }
    xml +=
        "<ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty><ram:Name>Odotrack Inc."
        "</ram:Name><ram:PostalTradeAddress><ram:CityName>Montréal</ram:CityName>"
        "<ram:CountryID>CA</ram:CountryID></ram:PostalTradeAddress></ram:SellerTradeParty>"
        "<ram:BuyerTradeParty><ram:Name>Transports Tremblay inc.</ram:Name>"
        "<ram:PostalTradeAddress><ram:CityName>Québec</ram:CityName>"
        "<ram:CountryID>CA</ram:CountryID></ram:PostalTradeAddress></ram:BuyerTradeParty>"
        "</ram:ApplicableHeaderTradeAgreement>\n"
        "</rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n";
    return xml;
}

// A statement of `rows` open invoices in Canadian dollars, all due 30 days ago.
inline PdfStatementView sample_statement_view(std::size_t rows) {
    PdfStatementView v;
    v.title = "Statement of account";
    v.as_of = "As of Nov 30, 2026";
    v.seller.name = "Brightline Services";
    v.customer_name = "Alex Martin";
    v.columns = {"Document", "Date", "Due date", "Days overdue", "Amount due"};
    v.aging_title = "Aging";
    v.empty = "Nothing is due on your account.";
    v.page_label = "Page {page} / {pages}";
    PdfStatementSection s;
    s.heading = "Currency CAD";
    for (std::size_t i = 0; i < rows; ++i)
        s.rows.push_back({"INV/2026/" + std::to_string(1000 + i) + " · Invoice", "Oct 1, 2026",
                          "Oct 31, 2026", "30", "$10.00"});
    s.total = {"Total due", "$" + std::to_string(10 * rows) + ".00"};
    s.aging = {{"Current", "$0.00"},
               {"1–30 days", s.total.value},
               {"31–60 days", "$0.00"},
               {"61–90 days", "$0.00"},
               {"Over 90 days", "$0.00"}};
    v.sections.push_back(s);
    return v;
}

}  // namespace portalgen::testing
