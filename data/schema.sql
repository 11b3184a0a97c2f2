-- portalgen: the schema of the local database (data/portal.db), version 7 (PRAGMA user_version).
--
-- It is also an input format: `portalgen import accounts.db` reads a SQLite file made with these
-- tables, with the same checks and the same all-or-nothing rule as a YAML file (SPEC section 1).
-- To make one:   sqlite3 accounts.db < data/schema.sql   then INSERT your rows.
-- In an input file, extra tables are ignored, customers.token is ignored (leave it NULL), and the
-- rowid of a row is its "line" in error messages: accounts.db:invoices:12:5 is column 5 of the
-- invoices row whose rowid is 12.
--
-- Values are stored as the text the YAML input uses:
--   date       TEXT 'YYYY-MM-DD', a real calendar day            '2026-11-01'
--   month      TEXT 'YYYY-MM' (a card expiry)                     '2027-03'
--   timestamp  TEXT ISO 8601 with an offset, kept as written      '2026-11-10T09:03:00-05:00'
--   decimal    TEXT, exact, at most 6 decimals; never REAL         '19.99'  '9.975'  '2'
--   list       TEXT, a JSON array of strings                       '["GST","QST"]'
--   enum       TEXT, the name exactly as in the YAML input         'posted'  'credit_note'
--   optional   NULL when absent (an optional list may also be '[]')
--   position   INTEGER, the order of an item in its list (ascending; any numbers will do)
-- Every text is at most 10,000 characters.
--
-- Each customer belongs to one company (the seller, which bills it). A customer and all its
-- documents are one unit: importing a customer replaces it whole, so every document table
-- refers to customers(id) with ON DELETE CASCADE.

-- The seller: its settings, printed on invoices and used to build the portal.
CREATE TABLE companies (
    name TEXT NOT NULL PRIMARY KEY,        -- identifies the company
    address TEXT,                          -- list: postal address lines
    email TEXT NOT NULL,
    phone TEXT,
    website TEXT,
    portal_url TEXT,                       -- the URL where OUT/site/ is published (emailed links)
    currency TEXT NOT NULL,                -- ISO 4217 code, the default of its customers
    locale_en TEXT NOT NULL DEFAULT 'en-US',  -- how English pages format numbers and dates
    locale_fr TEXT NOT NULL DEFAULT 'fr-FR',  -- how French pages format numbers and dates
    payment_terms_days INTEGER NOT NULL DEFAULT 30,  -- 0..3650: due date of an invoice with none
    grace_days INTEGER NOT NULL DEFAULT 7,           -- 0..3650: the "To Renew" delay
    legal_notice_en TEXT,                  -- footer of every invoice PDF (both or neither)
    legal_notice_fr TEXT,
    -- URL templates of the portal's actions; {customer} and {number} are replaced, URL-encoded.
    action_accept_quotation TEXT,
    action_reject_quotation TEXT,
    action_pay_invoice TEXT,
    action_change_payment_method TEXT,
    action_support TEXT,
    action_delete_account TEXT
) STRICT;

-- The company's tax registrations, printed on every invoice ("GST No. 123456789 RT0001").
CREATE TABLE company_tax_ids (
    company TEXT NOT NULL REFERENCES companies(name) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label_en TEXT NOT NULL,
    label_fr TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (company, position)
) STRICT;

-- The taxes a company charges, referred to by code from lines. Codes are per company. An import
-- adds or updates taxes but never removes one: stored customers may still use it.
CREATE TABLE taxes (
    company TEXT NOT NULL REFERENCES companies(name) ON DELETE CASCADE,
    code TEXT NOT NULL,                    -- GST, QST, VAT20 ...
    position INTEGER NOT NULL,             -- the order of tax breakdowns on invoices
    name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    rate TEXT NOT NULL,                    -- decimal: a percent, '9.975'
    PRIMARY KEY (company, code)
) STRICT;

-- A customer: the person or business that gets a portal.
CREATE TABLE customers (
    id TEXT NOT NULL PRIMARY KEY,          -- [A-Za-z0-9._-], 1..64 characters
    company TEXT NOT NULL REFERENCES companies(name),  -- the seller (companies.name)
    name TEXT NOT NULL,
    customer_company TEXT,                 -- the customer's own company, if any
    email TEXT NOT NULL,
    language TEXT NOT NULL,                -- enum: en | fr
    currency TEXT,                         -- ISO 4217; NULL: the seller's currency
    address TEXT,                          -- list: postal address lines
    token TEXT UNIQUE                      -- secret of the portal link (site/<token>/); set by
                                           -- portalgen, random, changed by rotate-link
) STRICT;

-- Saved cards, shown in the portal and used to pay subscriptions.
CREATE TABLE payment_methods (
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,                      -- unique per customer: card-1
    brand TEXT NOT NULL,                   -- visa, mastercard ...
    last4 TEXT NOT NULL,                   -- the last 4 digits, as text: '0042'
    expires TEXT NOT NULL,                 -- month: valid through its last day
    PRIMARY KEY (customer_id, id)
) STRICT;

CREATE TABLE quotations (
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    date TEXT NOT NULL,                    -- date
    valid_until TEXT,                      -- date; NULL: never expires
    state TEXT NOT NULL,                   -- enum: sent | accepted | rejected | cancelled
    PRIMARY KEY (customer_id, number)
) STRICT;

CREATE TABLE orders (
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    date TEXT NOT NULL,                    -- date
    quotation_number TEXT,                 -- the quotation it comes from (quotations.number)
    service_start TEXT,                    -- date: the service period, both or neither
    service_end TEXT,                      -- date (YAML: start and end)
    state TEXT NOT NULL,                   -- enum: confirmed | cancelled
    PRIMARY KEY (customer_id, number)
) STRICT;

-- Invoices and credit notes (they share numbers).
CREATE TABLE invoices (
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'invoice',  -- enum: invoice | credit_note
    reverses TEXT,                         -- credit notes: the number of the invoice it credits
    date TEXT NOT NULL,                    -- date
    due TEXT,                              -- date; NULL: date + companies.payment_terms_days
    order_number TEXT,                     -- orders.number
    subscription_number TEXT,              -- subscriptions.number
    state TEXT NOT NULL,                   -- enum: posted | cancelled
    PRIMARY KEY (customer_id, number)
) STRICT;

CREATE TABLE payments (
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    invoice_number TEXT NOT NULL,          -- invoices.number
    position INTEGER NOT NULL,
    date TEXT NOT NULL,                    -- date
    amount TEXT NOT NULL,                  -- decimal, in the customer's currency
    method TEXT,                           -- payment_methods.id, if known
    PRIMARY KEY (customer_id, invoice_number, position),
    FOREIGN KEY (customer_id, invoice_number) REFERENCES invoices(customer_id, number)
        ON DELETE CASCADE
) STRICT;

CREATE TABLE subscriptions (
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    plan TEXT NOT NULL,
    start TEXT NOT NULL,                   -- date
    next_invoice TEXT NOT NULL,            -- date
    period TEXT NOT NULL,                  -- enum: month | year
    payment_method TEXT,                   -- payment_methods.id; NULL: no payment information
    state TEXT NOT NULL,                   -- enum: open | closed (closed by hand)
    closed_on TEXT,                        -- date, only with state 'closed'
    PRIMARY KEY (customer_id, number)
) STRICT;

-- The lines of quotations, orders, invoices and subscriptions (the recurring lines).
CREATE TABLE lines (
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    document_kind TEXT NOT NULL,           -- enum: quotation | order | invoice | subscription
    document_number TEXT NOT NULL,         -- the number of that document
    position INTEGER NOT NULL,
    product TEXT NOT NULL,
    description TEXT,
    quantity TEXT NOT NULL,                -- decimal
    unit_price TEXT NOT NULL,              -- decimal
    discount TEXT,                         -- decimal: a percent; NULL: none
    taxes TEXT,                            -- list: tax codes (taxes.code); NULL: none
    PRIMARY KEY (customer_id, document_kind, document_number, position)
) STRICT;

-- Support tickets.
CREATE TABLE tickets (
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    ref TEXT NOT NULL,
    subject TEXT NOT NULL,
    opened TEXT NOT NULL,                  -- timestamp
    status TEXT NOT NULL,                  -- enum: new | in_progress | waiting_customer | solved
                                           --       | cancelled
    PRIMARY KEY (customer_id, ref)
) STRICT;

CREATE TABLE ticket_messages (
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    ticket_ref TEXT NOT NULL,              -- tickets.ref
    position INTEGER NOT NULL,
    at TEXT NOT NULL,                      -- timestamp
    sender TEXT NOT NULL,                  -- enum: customer | agent (YAML: from)
    author TEXT NOT NULL,
    body TEXT NOT NULL,                    -- plain text; may hold newlines
    PRIMARY KEY (customer_id, ticket_ref, position),
    FOREIGN KEY (customer_id, ticket_ref) REFERENCES tickets(customer_id, ref) ON DELETE CASCADE
) STRICT;

-- Prepaid support hours; they never expire.
CREATE TABLE success_packs (
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    purchased TEXT NOT NULL,               -- date
    hours TEXT NOT NULL,                   -- decimal
    used TEXT,                             -- decimal; NULL: 0
    PRIMARY KEY (customer_id, position)
) STRICT;

-- Schema version 2: what builds published. Not part of the input format (input files need not
-- have these tables; their rows are never read). No foreign keys: the row of a removed customer
-- is how the next build knows to report it.

-- One row per customer published into an output folder (and shard): the next build skips the
-- customers whose pages would come out the same, and mails and reports what changed.
CREATE TABLE published_customers (
    out_dir TEXT NOT NULL,                 -- the output folder, absolute
    customer_id TEXT NOT NULL,
    token TEXT NOT NULL,                   -- the portal folder it was published under
    input_hash TEXT NOT NULL,              -- SHA-256 of all its pages depend on: its data, its
                                           -- company, the templates, the as-of date, the program
    alerts_hash TEXT NOT NULL,             -- SHA-256 of its dashboard alerts
    summary TEXT NOT NULL,                 -- JSON: each document's status, for the report
    PRIMARY KEY (out_dir, customer_id)
) STRICT;

-- One row per output folder and shard: the as-of date of its last build.
CREATE TABLE published_builds (
    out_dir TEXT NOT NULL,
    shard TEXT NOT NULL,                   -- "1-of-1" for a whole build
    as_of TEXT NOT NULL,                   -- date
    PRIMARY KEY (out_dir, shard)
) STRICT;

-- Schema version 3: each published file's size, modification time and content hash, so that a
-- build knows a page it renders again is unchanged without reading the published file.
ALTER TABLE published_customers ADD COLUMN files TEXT NOT NULL DEFAULT '';
                                           -- one line per file: "HASH SIZE MODIFIED_NS PATH"

-- Schema version 4: the data of e-invoices and legal mentions (SPEC 1b). Each column is optional:
-- an input file of version 3 without them imports as before.
-- A structured address: ADDRESS holds its street lines, and the columns below the rest; with
-- ADDRESS_country NULL, ADDRESS is the printed lines of an address without a country.
ALTER TABLE companies ADD COLUMN address_postcode TEXT;
ALTER TABLE companies ADD COLUMN address_city TEXT;
ALTER TABLE companies ADD COLUMN address_region TEXT;     -- province or state: QC, IL
ALTER TABLE companies ADD COLUMN address_country TEXT;    -- ISO 3166-1 alpha-2: FR, CA
ALTER TABLE companies ADD COLUMN vat_id TEXT;             -- [BT-31] FR89912345683
ALTER TABLE companies ADD COLUMN legal_id TEXT;           -- [BT-30] 912345683
ALTER TABLE companies ADD COLUMN legal_id_scheme TEXT;    -- ISO 6523 ICD: 0002 SIREN, 0009 SIRET
ALTER TABLE companies ADD COLUMN electronic_address TEXT;         -- [BT-34]
ALTER TABLE companies ADD COLUMN electronic_address_scheme TEXT;  -- EAS code: 0225, EM
ALTER TABLE companies ADD COLUMN iban TEXT;               -- [BT-84] no spaces
ALTER TABLE companies ADD COLUMN bic TEXT;                -- [BT-86]
ALTER TABLE companies ADD COLUMN e_invoice TEXT;          -- enum: none | factur-x; NULL: none
ALTER TABLE companies ADD COLUMN vat_on_debits INTEGER;   -- 1: "option pour les débits"
ALTER TABLE companies ADD COLUMN late_payment_rate TEXT;  -- the penalty's wording: 3x legal
ALTER TABLE companies ADD COLUMN late_payment_indemnity TEXT;  -- decimal: 40
ALTER TABLE taxes ADD COLUMN category TEXT;               -- [BT-118] S Z E AE K G O; NULL: S
ALTER TABLE taxes ADD COLUMN exemption_code TEXT;         -- VATEX-EU-AE
ALTER TABLE taxes ADD COLUMN exemption_en TEXT;           -- the printed reason (both or neither)
ALTER TABLE taxes ADD COLUMN exemption_fr TEXT;
ALTER TABLE customers ADD COLUMN address_postcode TEXT;
ALTER TABLE customers ADD COLUMN address_city TEXT;
ALTER TABLE customers ADD COLUMN address_region TEXT;
ALTER TABLE customers ADD COLUMN address_country TEXT;
ALTER TABLE customers ADD COLUMN delivery_address TEXT;   -- [BG-15] as address
ALTER TABLE customers ADD COLUMN delivery_address_postcode TEXT;
ALTER TABLE customers ADD COLUMN delivery_address_city TEXT;
ALTER TABLE customers ADD COLUMN delivery_address_region TEXT;
ALTER TABLE customers ADD COLUMN delivery_address_country TEXT;
ALTER TABLE customers ADD COLUMN vat_id TEXT;             -- [BT-48]
ALTER TABLE customers ADD COLUMN legal_id TEXT;           -- [BT-47]
ALTER TABLE customers ADD COLUMN legal_id_scheme TEXT;
ALTER TABLE customers ADD COLUMN electronic_address TEXT; -- [BT-49]
ALTER TABLE customers ADD COLUMN electronic_address_scheme TEXT;
ALTER TABLE invoices ADD COLUMN service_start TEXT;       -- date [BG-14], both or neither
ALTER TABLE invoices ADD COLUMN service_end TEXT;
ALTER TABLE invoices ADD COLUMN delivery_date TEXT;       -- date [BT-72]
ALTER TABLE invoices ADD COLUMN purchase_order TEXT;      -- [BT-13]
-- A text a customer reads is COLUMN, and COLUMN_fr when its French differs.
ALTER TABLE subscriptions ADD COLUMN plan_fr TEXT;
ALTER TABLE lines ADD COLUMN product_fr TEXT;
ALTER TABLE lines ADD COLUMN description_fr TEXT;
ALTER TABLE lines ADD COLUMN unit TEXT;                   -- [BT-130] UN/ECE Rec. 20; NULL: C62
ALTER TABLE lines ADD COLUMN kind TEXT;                   -- goods | service
ALTER TABLE success_packs ADD COLUMN name_fr TEXT;

-- Schema version 5: an invoice's VAT total in the seller's accounting currency [BT-6, BT-111],
-- which a French seller must give in euros on an invoice in another currency (BR-FR-CO-12).
ALTER TABLE invoices ADD COLUMN tax_currency TEXT;        -- ISO 4217: EUR
ALTER TABLE invoices ADD COLUMN tax_currency_total TEXT;  -- decimal: the VAT total in it

-- Schema version 6: the company's reminder ladder (SPEC 6 "Outbox"), and the reminder steps
-- builds have dealt with. Each ladder column is a JSON array of days, '[1,7,14,30]'; NULL keeps
-- the default, '[]' sends no reminder of that kind.
ALTER TABLE companies ADD COLUMN reminders_before_due TEXT;   -- default [7]
ALTER TABLE companies ADD COLUMN reminders_after_due TEXT;    -- default [1,7,14,30]
ALTER TABLE companies ADD COLUMN reminders_card_expiry TEXT;  -- default [30]

-- One row per reminder step of a document that a build dealt with in an output folder: the step
-- it wrote to the outbox, and the earlier steps that message made stale (never sent then), so
-- that no step is sent twice. Not part of the input format; no foreign keys, as published_*.
CREATE TABLE sent_reminders (
    out_dir TEXT NOT NULL,                 -- the output folder, absolute
    customer_id TEXT NOT NULL,
    document TEXT NOT NULL,                -- the invoice's number, or the payment method's id
    kind TEXT NOT NULL,                    -- before_due | after_due | card_expiry
    step INTEGER NOT NULL,                 -- its days in the ladder
    as_of TEXT NOT NULL,                   -- date: the build that dealt with it
    message TEXT,                          -- the outbox file written; NULL: passed over
    PRIMARY KEY (out_dir, customer_id, document, kind, step)
) STRICT;

-- Schema version 7: the company's brand (SPEC 1b, 3b "Branding"). The logo is the image itself,
-- so that a build never depends on where the input file was.
ALTER TABLE companies ADD COLUMN logo BLOB;          -- PNG or JPEG bytes, at most 512 KiB
ALTER TABLE companies ADD COLUMN accent_color TEXT;  -- #rrggbb
