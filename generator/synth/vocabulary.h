// Vocabulary of the synthetic data: the regions customers live in, their names, streets and
// companies, the seller's catalogue and the words of support tickets. Accents, quotes, colons,
// `#`, leading digits and Greek, Cyrillic and Japanese scripts are there on purpose.
#pragma once

#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>

namespace portalgen::synth {

// A name as displayed, and its ASCII form for e-mail addresses (empty: derive it).
struct Name {
    std::string_view text;
    std::string_view ascii = {};
};

struct City {
    std::string_view name;
    std::string_view postal_prefix;  // the first letter or digits of the postal code
    std::string_view state = {};     // US state
};

struct RegionProfile {
    std::string_view key;  // quebec, japan, ...
    int weight;            // customers per thousand
    std::string_view currency;
    int french_percent;
    int utc_offset_winter;  // minutes
    int utc_offset_summer;
    std::span<const Name> first_names;
    std::span<const Name> last_names;
    bool family_name_first;  // Japanese order: 佐藤 健
    int romanized_percent;   // names written in Latin letters instead of their script
    std::span<const std::string_view> companies;  // "{L}" is the customer's last name
    std::span<const std::string_view> streets;
    std::span<const City> cities;
    std::span<const std::string_view> tax_codes;  // on each taxable line
    std::span<const std::string_view> card_brands;
    std::span<const std::string_view> mail_domains;
    std::string_view greeting;  // prefixed to some ticket messages, in the customer's script
    std::span<const std::string_view> local_descriptions;  // line descriptions in that script
};

enum class Unit { piece, hour, message };

struct Product {
    std::string_view en;
    std::string_view fr;
    int64_t cad_micros;  // list price in Canadian dollars, in millionths
    Unit unit;
};

struct Plan {
    std::string_view en;
    std::string_view fr;
    int64_t cad_micros;  // per month
};

struct Bilingual {
    std::string_view en;
    std::string_view fr;
};

// --- people and places -------------------------------------------------------------------------

inline constexpr Name kQuebecFirst[] = {
    {"Marie"},      {"Jean"},     {"Sophie"},   {"Étienne"},       {"Geneviève"}, {"François"},
    {"Chloé"},      {"Mathéo"},   {"Éloïse"},   {"Noémie"},        {"Benoît"},    {"Hélène"},
    {"Jérôme"},     {"Gaëlle"},   {"Josée"},    {"Réjean"},        {"Mélanie"},   {"Sébastien"},
    {"Frédérique"}, {"Stéphane"}, {"Nathalie"}, {"Luc"},           {"Isabelle"},  {"Maxime"},
    {"Rosalie"},    {"Léo"},      {"Amélie"},   {"Jean-François"}, {"Marie-Ève"}, {"Anne-Sophie"},
    {"Pierre-Luc"}, {"Raphaël"},  {"Zoé"},      {"Émile"},         {"Catherine"}, {"Mireille"},
    {"Gilles"},     {"Lucie"},    {"Océane"},   {"Thérèse"},
};
inline constexpr Name kQuebecLast[] = {
    {"Tremblay"}, {"Gagnon"},    {"Roy"},      {"Côté"},     {"Bouchard"}, {"Gauthier"},
    {"Morin"},    {"Lavoie"},    {"Fortin"},   {"Gagné"},    {"Ouellet"},  {"Pelletier"},
    {"Bélanger"}, {"Lévesque"},  {"Bergeron"}, {"Leblanc"},  {"Paquette"}, {"Girard"},
    {"Simard"},   {"Boucher"},   {"Caron"},    {"Beaulieu"}, {"Cloutier"}, {"Dubé"},
    {"Poirier"},  {"Fournier"},  {"Lapointe"}, {"Leclerc"},  {"Lefebvre"}, {"Poulin"},
    {"Thibault"}, {"St-Pierre"}, {"D'Amours"}, {"O'Neill"},  {"Désilets"}, {"Hébert"},
    {"Bérubé"},   {"Thériault"}, {"Nadeau"},   {"Laflamme"},
};
inline constexpr Name kEnglishFirst[] = {
    {"Emma"},    {"Liam"},      {"Olivia"},   {"Noah"},    {"Ava"},   {"Ethan"},    {"Sophia"},
    {"Lucas"},   {"Charlotte"}, {"Benjamin"}, {"Amelia"},  {"James"}, {"Harper"},   {"Owen"},
    {"Abigail"}, {"Jacob"},     {"Chloe"},    {"William"}, {"Grace"}, {"Daniel"},   {"Priya"},
    {"Arjun"},   {"Wei"},       {"Jia"},      {"Aisha"},   {"Omar"},  {"Fatima"},   {"Connor"},
    {"Siobhan"}, {"Zoë"},       {"Renée"},    {"Mateo"},   {"Sofía"}, {"Harpreet"}, {"Mohammed"},
};
inline constexpr Name kEnglishLast[] = {
    {"Smith"},    {"Brown"},    {"Wilson"},   {"MacDonald"}, {"O'Brien"},   {"Campbell"},
    {"Taylor"},   {"Anderson"}, {"Nguyen"},   {"Singh"},     {"Patel"},     {"Chen"},
    {"Li"},       {"Kim"},      {"Thompson"}, {"Martin"},    {"Johnson"},   {"Lee"},
    {"White"},    {"Clarke"},   {"Mitchell"}, {"Stewart"},   {"Murphy"},    {"McKenzie"},
    {"Gill"},     {"Wong"},     {"Sandhu"},   {"Fraser"},    {"Robertson"}, {"Ng"},
    {"Kowalski"}, {"Nowak"},    {"Rossi"},    {"Da Silva"},  {"Hernández"}, {"Van der Berg"},
};
inline constexpr Name kFrenchFirst[] = {
    {"Camille"}, {"Léa"},    {"Lucas"},    {"Zoé"},      {"Théo"},     {"Inès"},
    {"Gaël"},    {"Maëlle"}, {"Hugo"},     {"Manon"},    {"Louis"},    {"Chloé"},
    {"Jules"},   {"Anaïs"},  {"Noé"},      {"Clémence"}, {"Baptiste"}, {"Océane"},
    {"Mathis"},  {"Élodie"}, {"Aurélien"}, {"Cécile"},   {"Thibaut"},  {"Solène"},
};
inline constexpr Name kFrenchLast[] = {
    {"Martin"},   {"Bernard"},  {"Dubois"},  {"Lefèvre"},  {"Mercier"},   {"Rousseau"}, {"Faure"},
    {"Girardin"}, {"Moreau"},   {"Laurent"}, {"Fontaine"}, {"Chevalier"}, {"Garnier"},  {"Boyer"},
    {"Lemaître"}, {"Bonnaire"}, {"Pérez"},   {"Benoît"},   {"Caillaud"},  {"Duchêne"},  {"Le Goff"},
    {"Kerbrat"},  {"Nicolaï"},  {"Peeters"}, {"Janssens"}, {"Van Damme"}, {"Dupont"},   {"Lambert"},
};
inline constexpr Name kGermanFirst[] = {
    {"Jürgen"}, {"Anja"},  {"Björn"}, {"Lukas"}, {"Lena"},   {"Jonas"},
    {"Mia"},    {"Felix"}, {"Sören"}, {"Käthe"}, {"Günter"}, {"Ute"},
};
inline constexpr Name kGermanLast[] = {
    {"Müller"}, {"Schröder"}, {"Weiß"},   {"Schäfer"}, {"Groß"},       {"Fischer"},
    {"Becker"}, {"Hoffmann"}, {"Krüger"}, {"Köhler"},  {"Zimmermann"}, {"Strauß"},
};
inline constexpr Name kSpanishFirst[] = {
    {"José"},  {"María"}, {"Núria"},  {"Álvaro"}, {"Lucía"},
    {"Íñigo"}, {"Pilar"}, {"Sergio"}, {"Begoña"}, {"Jordi"},
};
inline constexpr Name kSpanishLast[] = {
    {"Núñez"},  {"Peña"},     {"García"},  {"Fernández"}, {"Muñoz"},
    {"Ibáñez"}, {"Martínez"}, {"Sánchez"}, {"Ortega"},    {"Castaño"},
};
inline constexpr Name kGreekFirst[] = {
    {"Γιώργος", "giorgos"},     {"Μαρία", "maria"},       {"Νίκος", "nikos"},
    {"Ελένη", "eleni"},         {"Δημήτρης", "dimitris"}, {"Κατερίνα", "katerina"},
    {"Γιάννης", "giannis"},     {"Σοφία", "sofia"},       {"Κώστας", "kostas"},
    {"Αναστασία", "anastasia"},
};
inline constexpr Name kGreekLast[] = {
    {"Παπαδόπουλος", "papadopoulos"}, {"Οικονόμου", "oikonomou"},     {"Γεωργίου", "georgiou"},
    {"Νικολάου", "nikolaou"},         {"Παπαδάκης", "papadakis"},     {"Βασιλείου", "vasileiou"},
    {"Αντωνίου", "antoniou"},         {"Καραγιάννης", "karagiannis"},
};
inline constexpr Name kUkrainianFirst[] = {
    {"Олена", "olena"},         {"Іван", "ivan"},        {"Дмитро", "dmytro"}, {"Анна", "anna"},
    {"Сергій", "serhii"},       {"Наталія", "nataliia"}, {"Андрій", "andrii"}, {"Юлія", "yuliia"},
    {"Олександр", "oleksandr"}, {"Ірина", "iryna"},
};
inline constexpr Name kUkrainianLast[] = {
    {"Шевченко", "shevchenko"}, {"Коваленко", "kovalenko"}, {"Бондаренко", "bondarenko"},
    {"Мельник", "melnyk"},      {"Ткаченко", "tkachenko"},  {"Кравченко", "kravchenko"},
    {"Олійник", "oliinyk"},     {"Поліщук", "polishchuk"},
};
inline constexpr Name kJapaneseGiven[] = {
    {"健", "ken"},    {"花子", "hanako"}, {"翔", "sho"},   {"美咲", "misaki"}, {"大輔", "daisuke"},
    {"陽菜", "hina"}, {"蓮", "ren"},      {"結衣", "yui"}, {"拓海", "takumi"}, {"さくら", "sakura"},
};
inline constexpr Name kJapaneseFamily[] = {
    {"佐藤", "sato"},      {"鈴木", "suzuki"}, {"高橋", "takahashi"}, {"田中", "tanaka"},
    {"渡辺", "watanabe"},  {"伊藤", "ito"},    {"山本", "yamamoto"},  {"中村", "nakamura"},
    {"小林", "kobayashi"}, {"加藤", "kato"},
};

inline constexpr std::string_view kQuebecCompanies[] = {
    "Transports {L} inc.",
    "{L} & Fils ltée",
    "Déneigement {L} enr.",
    "Les Entreprises {L} inc.",
    "Livraisons Rive-Sud: {L} et associés",
    "Autobus \"Le Nordet\" inc.",
    "Camionnage #1 {L}",
    "9123-4567 Québec inc.",
    "Coopérative de taxi de l'Estrie",
    "Ambulances {L} (région 03)",
    "Paysagement {L} & Frères",
    "Excavation {L} 2000 ltée",
};
inline constexpr std::string_view kEnglishCompanies[] = {
    "{L} Haulage Ltd.",
    "{L} & Sons Trucking",
    "North Shore Couriers: {L} Division",
    "Fleet #7 Logistics",
    "\"Big Rig\" Rentals Inc.",
    "3 Rivers Transport Co.",
    "{L} Plumbing & Heating",
    "Yes",
    "True North Freight Inc.",
    "{L} Landscaping LLC",
    "null Logistics",
    "{L} Snow Removal, Inc.",
};
inline constexpr std::string_view kFrenchCompanies[] = {
    "Transports {L} SARL",      "{L} & Cie",
    "Taxis de l'Ouest SAS",     "Livraison Éclair — {L}",
    "SCOP Vélos \"Le Relais\"", "Ambulances {L} & Fils",
    "Froid Express: {L}",       "Déménagements {L} (groupe #2)",
};
inline constexpr std::string_view kGermanCompanies[] = {
    "{L} Spedition GmbH",
    "Kühltransporte {L} KG",
    "Logistik Süd GmbH & Co. KG",
};
inline constexpr std::string_view kSpanishCompanies[] = {
    "Transportes {L} S.L.",
    "Mudanzas {L} e Hijos",
    "Frío Ibérico: {L} S.A.",
};
inline constexpr std::string_view kGreekCompanies[] = {
    "Μεταφορές {L} Α.Ε.",
    "Αφοί {L} Ο.Ε.",
    "Hellenic Cargo S.A.",
};
inline constexpr std::string_view kUkrainianCompanies[] = {
    "ТОВ «{L} Логістик»",
    "ФОП {L}",
    "Kyiv Express LLC",
};
inline constexpr std::string_view kJapaneseCompanies[] = {
    "株式会社{L}運輸",
    "{L}物流株式会社",
    "Tokyo Fleet K.K.",
};

inline constexpr std::string_view kQuebecStreets[] = {
    "rue Principale",           "boulevard René-Lévesque Ouest",
    "rue Saint-Denis",          "chemin du Roy",
    "avenue des Érables",       "rue de l'Église",
    "boulevard Laurier",        "rang Saint-Joseph",
    "rue Sainte-Catherine Est", "montée Sainte-Julie",
};
inline constexpr City kQuebecCities[] = {
    {"Montréal", "H"},   {"Québec", "G"},         {"Laval", "H"},    {"Gatineau", "J"},
    {"Sherbrooke", "J"}, {"Trois-Rivières", "G"}, {"Saguenay", "G"}, {"Lévis", "G"},
    {"Rimouski", "G"},   {"Saint-Jérôme", "J"},
};
inline constexpr std::string_view kOntarioStreets[] = {
    "King Street West",  "Yonge Street", "Bank Street",       "Dundas Street East",
    "Wellington Street", "Queen Street", "Main Street North",
};
inline constexpr City kOntarioCities[] = {
    {"Toronto", "M"},     {"Ottawa", "K"},  {"Hamilton", "L"}, {"London", "N"},
    {"Mississauga", "L"}, {"Sudbury", "P"}, {"Kingston", "K"},
};
inline constexpr std::string_view kBritishColumbiaStreets[] = {
    "Granville Street",
    "West Broadway",
    "Douglas Street",
    "Kingsway",
};
inline constexpr City kBritishColumbiaCities[] = {
    {"Vancouver", "V"},
    {"Victoria", "V"},
    {"Burnaby", "V"},
    {"Kelowna", "V"},
};
inline constexpr std::string_view kAlbertaStreets[] = {
    "Jasper Avenue",
    "17 Avenue SW",
    "Macleod Trail SE",
    "Gaetz Avenue",
};
inline constexpr City kAlbertaCities[] = {
    {"Calgary", "T"},
    {"Edmonton", "T"},
    {"Red Deer", "T"},
};
inline constexpr std::string_view kUsaStreets[] = {
    "Market Street", "Broadway", "Main Street", "Elm Street", "5th Avenue", "Commerce Drive",
};
inline constexpr City kUsaCities[] = {
    {"San Francisco", "941", "CA"}, {"New York", "100", "NY"}, {"Burlington", "054", "VT"},
    {"Plattsburgh", "129", "NY"},   {"Austin", "787", "TX"},   {"Seattle", "981", "WA"},
    {"Boston", "021", "MA"},        {"Chicago", "606", "IL"},
};
inline constexpr std::string_view kFranceStreets[] = {
    "rue de la République", "avenue Jean-Jaurès", "boulevard Haussmann",
    "rue Nationale",        "place Bellecour",    "quai des Chartrons",
};
inline constexpr City kFranceCities[] = {
    {"Paris", "75"},  {"Lyon", "69"},  {"Marseille", "13"}, {"Bordeaux", "33"},
    {"Nantes", "44"}, {"Lille", "59"}, {"Rennes", "35"},
};
inline constexpr std::string_view kBelgiumStreets[] = {
    "rue Neuve",
    "Meir",
    "avenue Louise",
    "chaussée de Waterloo",
};
inline constexpr City kBelgiumCities[] = {
    {"Bruxelles", "10"},
    {"Liège", "40"},
    {"Namur", "50"},
    {"Antwerpen", "20"},
};
inline constexpr std::string_view kGermanyStreets[] = {
    "Hauptstraße",
    "Königsallee",
    "Schloßstraße",
    "Bahnhofstraße",
};
inline constexpr City kGermanyCities[] = {
    {"München", "80"}, {"Köln", "50"}, {"Düsseldorf", "40"}, {"Hamburg", "20"}, {"Nürnberg", "90"},
};
inline constexpr std::string_view kSpainStreets[] = {
    "Calle Mayor",
    "Avinguda Diagonal",
    "Calle de Alcalá",
    "Paseo de la Castellana",
};
inline constexpr City kSpainCities[] = {
    {"Madrid", "28"},   {"Barcelona", "08"}, {"Sevilla", "41"},
    {"Valencia", "46"}, {"A Coruña", "15"},
};
inline constexpr std::string_view kGreeceStreets[] = {
    "Οδός Ερμού",
    "Λεωφόρος Κηφισίας",
    "Οδός Αθηνάς",
    "Οδός Τσιμισκή",
};
inline constexpr City kGreeceCities[] = {
    {"Αθήνα", "10"},
    {"Θεσσαλονίκη", "54"},
    {"Πάτρα", "26"},
    {"Ηράκλειο", "71"},
};
inline constexpr std::string_view kUkraineStreets[] = {
    "вул. Хрещатик",
    "просп. Перемоги",
    "вул. Городоцька",
    "вул. Дерибасівська",
};
inline constexpr City kUkraineCities[] = {
    {"Київ", "01"},
    {"Львів", "79"},
    {"Одеса", "65"},
    {"Харків", "61"},
};
inline constexpr std::string_view kJapanStreets[] = {""};
inline constexpr City kJapanCities[] = {
    {"東京都千代田区丸の内", "100"},       {"大阪府大阪市北区梅田", "530"},
    {"愛知県名古屋市中村区名駅", "450"},   {"福岡県福岡市博多区博多駅前", "812"},
    {"北海道札幌市中央区北五条西", "060"},
};

inline constexpr std::string_view kQuebecTaxes[] = {"GST", "QST"};
inline constexpr std::string_view kHarmonizedTaxes[] = {"HST"};
inline constexpr std::string_view kBritishColumbiaTaxes[] = {"GST", "PST"};
inline constexpr std::string_view kFederalTaxes[] = {"GST"};
inline constexpr std::string_view kExportTaxes[] = {"ZERO"};

inline constexpr std::string_view kCanadaCards[] = {"visa", "visa", "mastercard", "amex"};
inline constexpr std::string_view kUsaCards[] = {"visa", "mastercard", "amex", "discover"};
inline constexpr std::string_view kEuropeCards[] = {"visa", "mastercard", "mastercard"};
inline constexpr std::string_view kJapanCards[] = {"jcb", "visa", "mastercard"};

inline constexpr std::string_view kQuebecDomains[] = {"videotron.example", "courriel.example",
                                                      "sympatico.example"};
inline constexpr std::string_view kEnglishDomains[] = {"mail.example", "fleetmail.example",
                                                       "example.com"};
inline constexpr std::string_view kEuropeDomains[] = {"poste.example", "mail.example",
                                                      "example.org"};

inline constexpr std::string_view kGreekDescriptions[] = {
    "Αισθητήρας για φορτηγό ψυγείο",
    "Εγκατάσταση στο όχημα ΙΚΥ-4821",
};
inline constexpr std::string_view kUkrainianDescriptions[] = {
    "Трекер для вантажівки",
    "Встановлення на автомобіль АА 1234 ВС",
};
inline constexpr std::string_view kJapaneseDescriptions[] = {
    "トラック用GPSトラッカー（4G対応）",
    "冷凍車の温度監視",
};

inline constexpr RegionProfile kRegions[] = {
    {"quebec",
     420,
     "CAD",
     82,
     -300,
     -240,
     kQuebecFirst,
     kQuebecLast,
     false,
     0,
     kQuebecCompanies,
     kQuebecStreets,
     kQuebecCities,
     kQuebecTaxes,
     kCanadaCards,
     kQuebecDomains,
     {},
     {}},
    {"ontario",
     180,
     "CAD",
     4,
     -300,
     -240,
     kEnglishFirst,
     kEnglishLast,
     false,
     0,
     kEnglishCompanies,
     kOntarioStreets,
     kOntarioCities,
     kHarmonizedTaxes,
     kCanadaCards,
     kEnglishDomains,
     {},
     {}},
    {"british_columbia",
     80,
     "CAD",
     2,
     -480,
     -420,
     kEnglishFirst,
     kEnglishLast,
     false,
     0,
     kEnglishCompanies,
     kBritishColumbiaStreets,
     kBritishColumbiaCities,
     kBritishColumbiaTaxes,
     kCanadaCards,
     kEnglishDomains,
     {},
     {}},
    {"alberta",
     70,
     "CAD",
     2,
     -420,
     -360,
     kEnglishFirst,
     kEnglishLast,
     false,
     0,
     kEnglishCompanies,
     kAlbertaStreets,
     kAlbertaCities,
     kFederalTaxes,
     kCanadaCards,
     kEnglishDomains,
     {},
     {}},
    {"usa",
     130,
     "USD",
     1,
     -300,
     -240,
     kEnglishFirst,
     kEnglishLast,
     false,
     0,
     kEnglishCompanies,
     kUsaStreets,
     kUsaCities,
     kExportTaxes,
     kUsaCards,
     kEnglishDomains,
     {},
     {}},
    {"france",
     40,
     "EUR",
     100,
     60,
     120,
     kFrenchFirst,
     kFrenchLast,
     false,
     0,
     kFrenchCompanies,
     kFranceStreets,
     kFranceCities,
     kExportTaxes,
     kEuropeCards,
     kEuropeDomains,
     {},
     {}},
    {"belgium",
     10,
     "EUR",
     70,
     60,
     120,
     kFrenchFirst,
     kFrenchLast,
     false,
     0,
     kFrenchCompanies,
     kBelgiumStreets,
     kBelgiumCities,
     kExportTaxes,
     kEuropeCards,
     kEuropeDomains,
     {},
     {}},
    {"germany",
     10,
     "EUR",
     0,
     60,
     120,
     kGermanFirst,
     kGermanLast,
     false,
     0,
     kGermanCompanies,
     kGermanyStreets,
     kGermanyCities,
     kExportTaxes,
     kEuropeCards,
     kEuropeDomains,
     {},
     {}},
    {"spain",
     5,
     "EUR",
     0,
     60,
     120,
     kSpanishFirst,
     kSpanishLast,
     false,
     0,
     kSpanishCompanies,
     kSpainStreets,
     kSpainCities,
     kExportTaxes,
     kEuropeCards,
     kEuropeDomains,
     {},
     {}},
    {"greece", 10, "EUR", 0, 120, 180, kGreekFirst, kGreekLast, false, 30, kGreekCompanies,
     kGreeceStreets, kGreeceCities, kExportTaxes, kEuropeCards, kEuropeDomains, "Καλημέρα,",
     kGreekDescriptions},
    {"ukraine", 5, "EUR", 0, 120, 180, kUkrainianFirst, kUkrainianLast, false, 30,
     kUkrainianCompanies, kUkraineStreets, kUkraineCities, kExportTaxes, kEuropeCards,
     kEuropeDomains, "Добрий день!", kUkrainianDescriptions},
    {"japan", 40, "JPY", 0, 540, 540, kJapaneseGiven, kJapaneseFamily, true, 30, kJapaneseCompanies,
     kJapanStreets, kJapanCities, kExportTaxes, kJapanCards, kEnglishDomains,
     "お世話になっております。", kJapaneseDescriptions},
};

// The customers of the French seller (synth --factur-x): mostly in France and the EU, some in
// Canada, the United States, Ukraine and Japan. Customers per thousand, by region key.
struct RegionWeight {
    std::string_view key;
    int weight;
};
inline constexpr RegionWeight kFacturXRegionWeights[] = {
    {"quebec", 50}, {"ontario", 30}, {"british_columbia", 10}, {"alberta", 10},
    {"usa", 70},    {"france", 500}, {"belgium", 90},          {"germany", 80},
    {"spain", 50},  {"greece", 40},  {"ukraine", 20},          {"japan", 50},
};

// A Japanese address in its parts, in the order of kJapanCities: prefecture, city or ward, and
// the district the street line begins with.
struct JapaneseAddress {
    std::string_view prefecture;
    std::string_view city;
    std::string_view district;
};
inline constexpr JapaneseAddress kJapanAddressParts[] = {
    {"東京都", "千代田区", "丸の内"},       {"大阪府", "大阪市北区", "梅田"},
    {"愛知県", "名古屋市中村区", "名駅"},   {"福岡県", "福岡市博多区", "博多駅前"},
    {"北海道", "札幌市中央区", "北五条西"},
};
static_assert(std::size(kJapanAddressParts) == std::size(kJapanCities));

// --- the seller's catalogue --------------------------------------------------------------------

inline constexpr Product kDevices[] = {
    {"ODO50 GPS tracker", "Traceur GPS ODO50", 149'000'000, Unit::piece},
    {"ODO70 \"Heavy-Duty\" tracker", "Traceur ODO70 « robuste »", 219'000'000, Unit::piece},
    {"Trailer tracker TT-1 (solar)", "Traceur de remorque TT-1 (solaire)", 249'000'000,
     Unit::piece},
    {"Dash camera DC-2 (1080p)", "Caméra de bord DC-2 (1080p)", 279'000'000, Unit::piece},
    {"Fuel-level sensor", "Capteur de niveau de carburant", 325'000'000, Unit::piece},
    {"Temperature probe: reefer, −30 °C to +30 °C", "Sonde de température : frigo, −30 °C à +30 °C",
     89'000'000, Unit::piece},
    {"Door sensor", "Capteur d'ouverture de porte", 29'000'000, Unit::piece},
    {"Driver ID key fob", "Porte-clés d'identification du conducteur", 24'500'000, Unit::piece},
    {"Panic button", "Bouton d'urgence", 39'000'000, Unit::piece},
    {"Tachograph download adapter", "Adaptateur de téléchargement pour tachygraphe", 159'000'000,
     Unit::piece},
};
inline constexpr Product kAccessories[] = {
    {"OBD-II Y-cable, 2 m", "Câble en Y OBD-II, 2 m", 19'950'000, Unit::piece},
    {"Mounting kit #3", "Trousse de fixation no 3", 35'000'000, Unit::piece},
    {"4G/LTE SIM card — Canada & U.S.", "Carte SIM 4G/LTE — Canada et É.-U.", 10'000'000,
     Unit::piece},
    {"Magnetic antenna (5 m lead)", "Antenne magnétique (câble de 5 m)", 22'000'000, Unit::piece},
    {"Extended warranty, 2 years", "Garantie prolongée, 2 ans", 49'000'000, Unit::piece},
    {"Rush shipping", "Expédition express", 45'000'000, Unit::piece},
    {"Environmental handling fee", "Écofrais", 1'500'000, Unit::piece},
    {"SMS overage (per message)", "Dépassement SMS (par message)", 45'000, Unit::message},
    {"Welcome kit", "Trousse de bienvenue", 0, Unit::piece},
};
inline constexpr Product kServices[] = {
    {"Installation (per hour)", "Installation (à l'heure)", 95'000'000, Unit::hour},
    {"On-site training", "Formation sur place", 120'000'000, Unit::hour},
    {"Configuration & API setup", "Configuration et mise en place de l'API", 150'000'000,
     Unit::hour},
    {"Route audit: 100% of routes", "Audit des tournées : 100 % des trajets", 110'000'000,
     Unit::hour},
    {"Data migration from the legacy system", "Migration des données de l'ancien système",
     135'000'000, Unit::hour},
    {"Remote support block", "Bloc de soutien à distance", 85'000'000, Unit::hour},
};

// Printed matter of the French seller, at the reduced VAT rate of books (synth --factur-x).
inline constexpr Product kPrintedGuide = {"Printed user guide (book, 180 pages)",
                                          "Guide de l'utilisateur imprimé (livre, 180 pages)",
                                          39'000'000, Unit::piece};

inline constexpr Plan kPlans[] = {
    {"Fleet Tracking — Essentials", "Suivi de flotte — Essentiel", 49'000'000},
    {"Fleet Tracking — Pro", "Suivi de flotte — Pro", 99'000'000},
    {"Cold Chain Monitoring", "Surveillance de la chaîne du froid", 149'000'000},
    {"ODOportal Cloud", "ODOportal infonuagique", 29'000'000},
    {"Route Optimizer+", "Optimiseur de tournées+", 79'000'000},
    {"Dispatch & ELD compliance", "Répartition et conformité DCE", 69'000'000},
};
inline constexpr Plan kVehicleLicence = {"Vehicle licence", "Licence par véhicule", 12'000'000};
inline constexpr Plan kAddOns[] = {
    {"Additional user", "Utilisateur supplémentaire", 8'000'000},
    {"API access", "Accès à l'API", 50'000'000},
    {"SMS alerts, bundle of 500", "Alertes SMS, lot de 500", 15'000'000},
    {"Data retention: 5 years", "Conservation des données : 5 ans", 20'000'000},
    {"Priority support (24/7)", "Soutien prioritaire (24 h/7 j)", 39'000'000},
    {"Driver mobile app", "Application mobile conducteur", 4'000'000},
};

// --- support tickets ---------------------------------------------------------------------------

struct TicketTopic {
    Bilingual subject;
    Bilingual opening;  // the customer's first message
};

inline constexpr TicketTopic kTicketTopics[] = {
    {{"Cannot print invoices", "Impossible d'imprimer les factures"},
     {"The printed invoice cuts off the last column (\"Amount\"). Tried Chrome and Firefox.",
      "La facture imprimée coupe la dernière colonne (« Montant »). Essayé avec Chrome et "
      "Firefox."}},
    {{"GPS unit offline since Monday", "Boîtier GPS hors ligne depuis lundi"},
     {"Hello,\n\nSince Monday the unit in truck #12 no longer reports its position. We already "
      "unplugged and replugged it.\n\nThanks for your help.",
      "Bonjour,\n\nDepuis lundi, le boîtier du camion no 12 ne transmet plus sa position. Nous "
      "l'avons débranché et rebranché.\n\nMerci de votre aide."}},
    {{"Change of billing address", "Changement d'adresse de facturation"},
     {"We moved! Please send invoices to our new address: 500, boulevard Charest Est, Québec QC  "
      "G1K 3J3.",
      "Nous avons déménagé ! Merci d'envoyer les factures à notre nouvelle adresse : 500, "
      "boulevard Charest Est, Québec QC  G1K 3J3."}},
    {{"Add 3 users to our plan", "Ajouter 3 utilisateurs à notre forfait"},
     {"Hi, could you add three users to our plan? Their e-mails: a@example.com, b@example.com, "
      "c@example.com.",
      "Bonjour, pourriez-vous ajouter trois utilisateurs à notre forfait ? Courriels : "
      "a@example.com, b@example.com, c@example.com."}},
    {{"Wrong tax number on invoice", "Mauvais numéro de taxe sur la facture"},
     {"Our QST number is missing on the last invoice; our auditor needs it. Can you reissue it?",
      "Notre numéro de TVQ n'apparaît pas sur la dernière facture ; notre vérificateur en a "
      "besoin. Pouvez-vous la réémettre ?"}},
    {{"Card declined: what now?", "Carte refusée : que faire ?"},
     {"Our card was declined for the last invoice. We have a new card; how do we update it?",
      "Notre carte a été refusée pour la dernière facture. Nous avons une nouvelle carte : "
      "comment la mettre à jour ?"}},
    {{"Temperature alerts not received", "Alertes de température non reçues"},
     {"Temperature alerts stopped at 2:14 a.m. The reefer reached 9 °C & nobody was notified!",
      "Les alertes de température se sont arrêtées à 2 h 14. Le frigo a atteint 9 °C et "
      "personne n'a été averti !"}},
    {{"Request: export trips to CSV", "Demande : exporter les trajets en CSV"},
     {"We need the trips of October as CSV for our accountant: is that possible?",
      "Nous avons besoin des trajets d'octobre en CSV pour notre comptable : est-ce possible ?"}},
    {{"App crashes on Android 14", "L'application plante sous Android 14"},
     {"Since the last update the driver app closes as soon as we open the map (Samsung Galaxy "
      "A54, Android 14).",
      "Depuis la dernière mise à jour, l'application conducteur se ferme dès qu'on ouvre la "
      "carte (Samsung Galaxy A54, Android 14)."}},
    {{"Question about \"Route Optimizer+\"", "Question sur « Optimiseur de tournées+ »"},
     {"Does Route Optimizer+ take bridge heights into account? Our trucks are 4.1 m tall.",
      "L'Optimiseur de tournées+ tient-il compte de la hauteur des ponts ? Nos camions font "
      "4,1 m."}},
    {{"Truck #12 shows in the wrong city", "Le camion no 12 apparaît dans la mauvaise ville"},
     {"Truck #12 appears in Winnipeg on the map, but it is parked in our yard in Laval.",
      "Le camion no 12 apparaît à Winnipeg sur la carte, mais il est stationné dans notre cour "
      "à Laval."}},
    {{"Cancel my subscription", "Résilier mon abonnement"},
     {"Please cancel the subscription at the end of the current period. Thank you.",
      "Merci de résilier l'abonnement à la fin de la période en cours."}},
    {{"Dash camera: no video after 5 p.m.", "Caméra de bord : pas de vidéo après 17 h"},
     {"The DC-2 camera records fine during the day, but every clip after 5 p.m. is black.",
      "La caméra DC-2 enregistre bien le jour, mais toutes les vidéos après 17 h sont noires."}},
    {{"<b>Urgent</b> — login page blank", "<b>Urgent</b> — page de connexion vide"},
     {"The login page is blank. The console says: <script src=\"app.js\"> failed to load.",
      "La page de connexion est vide. La console indique : <script src=\"app.js\"> n'a pas pu "
      "être chargé."}},
    {{"Invoice PDF & payment link", "PDF de la facture et lien de paiement"},
     {"The \"Pay now\" link in the e-mail opens an error page & the PDF won't download.",
      "Le lien « Payer » du courriel ouvre une page d'erreur et le PDF ne se télécharge pas."}},
    {{"ODO70 on 24 V trucks?", "ODO70 sur camions 24 V ?"},
     {"Quick question: does the ODO70 work with 24 V trucks? We have 6 Kenworth T880.",
      "Petite question : le ODO70 fonctionne-t-il avec les camions 24 V ? Nous avons 6 Kenworth "
      "T880."}},
};
inline constexpr Bilingual kAgentReplies[] = {
    {"Thank you for your message. We are looking into it and will get back to you within one "
     "business day.",
     "Merci de votre message. Nous examinons la situation et vous répondrons d'ici un jour "
     "ouvrable."},
    {"Could you send us the IMEI of the unit (15 digits, printed on the label)?",
     "Pourriez-vous nous envoyer l'IMEI du boîtier (15 chiffres, inscrit sur l'étiquette) ?"},
    {"Done: the change is live. Let us know if anything looks wrong.",
     "C'est fait : la modification est en ligne. Dites-nous si quelque chose cloche."},
    {"We pushed firmware 4.2.1 to the unit; it should reconnect within 15 minutes.",
     "Nous avons installé le micrologiciel 4.2.1 sur le boîtier ; il devrait se reconnecter "
     "d'ici 15 minutes."},
    {"This is fixed in today's release. Sorry for the trouble!",
     "C'est corrigé dans la version d'aujourd'hui. Désolés pour le dérangement !"},
    {"You can update your card yourself: Portal → Payment methods → Change.",
     "Vous pouvez mettre votre carte à jour vous-même : Portail → Moyens de paiement → "
     "Modifier."},
};
inline constexpr Bilingual kCustomerFollowUps[] = {
    {"Thanks, it works now!", "Merci, ça fonctionne maintenant !"},
    {"Still not working, see the photo we sent by e-mail.",
     "Toujours en panne, voir la photo envoyée par courriel."},
    {"The IMEI is 356938035643809.", "L'IMEI est 356938035643809."},
    {"OK, we'll wait. 👍", "D'accord, on attend. 👍"},
    {"Please ignore this request: our mistake.",
     "Merci d'ignorer cette demande : c'était une erreur de notre part."},
};
inline constexpr std::string_view kAgents[] = {
    "Support", "Julie Gagnon", "Marc-André Côté", "Priya Shah", "Kevin O'Connor", "Équipe soutien",
};

}  // namespace portalgen::synth
