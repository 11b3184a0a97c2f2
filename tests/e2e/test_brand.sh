#!/usr/bin/env bash
# The seller's brand (SPEC 1b, 3b "Branding"): the logo copied into each portal's assets/ and
# shown in every page's header, the accent colour made readable (WCAG 4.5:1, worked out again
# here in Python) in the portal's stylesheet, the e-mails and the PDFs' headings (read back with
# qpdf), the logo in the e-mails as an inline cid: image (read back with Python's email package),
# and sections the seller never uses left out of the navigation and tiles. Bad brand values are
# refused at FILE:LINE:COL with exit 3. The logo in the PDFs: test_brand_pdfs.sh.
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
out=$SCRATCH/out
fixtures=tests/e2e/fixtures

# --- Refused: an SVG named .png, a colour that is not #rrggbb; nothing imported.
mkdir "$SCRATCH/bad"
printf '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' > "$SCRATCH/bad/brand-logo.png"
cp "$fixtures/brand_seller.yaml" "$SCRATCH/bad/seller.yaml"
run import --db "$db" "$SCRATCH/bad/seller.yaml" 2> "$SCRATCH/bad.log"
[[ $status == 3 ]] || problem "an SVG logo: exit $status, not 3"
grep -F "$SCRATCH/bad/seller.yaml:10:9: logo brand-logo.png: the logo must be a PNG or JPEG image" \
  "$SCRATCH/bad.log" >/dev/null || problem "an SVG logo: $(cat "$SCRATCH/bad.log")"
sed -e 's/"#FFFF00"/"#FFFF0"/' -e "s|brand-logo.png|$PWD/$fixtures/brand-logo.png|" \
  "$fixtures/brand_seller.yaml" > "$SCRATCH/bad/colour.yaml"
run import --db "$db" "$SCRATCH/bad/colour.yaml" 2> "$SCRATCH/bad.log"
[[ $status == 3 ]] || problem "a bad colour: exit $status, not 3"
grep -F "colour.yaml:11:17: accent_color must be # and six hexadecimal digits" "$SCRATCH/bad.log" \
  >/dev/null || problem "a bad colour: $(cat "$SCRATCH/bad.log")"
if [[ -e $db ]]; then
  "$PORTALGEN" export --db "$db" > "$SCRATCH/export.yaml" 2>/dev/null || true
  if grep -F "Sunbeam" "$SCRATCH/export.yaml" >/dev/null; then problem "a refused file was imported"; fi
fi

# --- Built: two sellers, one branded without tickets, one plain with a ticket.
"$PORTALGEN" import --db "$db" "$fixtures/brand_seller.yaml" "$fixtures/brand_plain.yaml"
run build --db "$db" --out "$out" --as-of 2026-11-30 2> "$SCRATCH/build.log"
[[ $status == 0 ]] || { cat "$SCRATCH/build.log"; fail "build: exit $status"; }
"$PORTALGEN" status --db "$db" --as-of 2026-11-30 --format json > "$SCRATCH/status.json"
portal() { /usr/bin/python3 -c 'import json,sys
print(next(c["portal"] for c in json.load(open(sys.argv[1]))["customers"] if c["id"] == sys.argv[2]))' \
  "$SCRATCH/status.json" "$1"; }
b1=$out/$(portal B1)
p1=$out/$(portal P1)

# The logo: the fixture's bytes, in the portal's own assets/, named by its content.
logo=$(cd "$b1" && ls assets/logo.*.png)
[[ $logo =~ ^assets/logo\.[0-9a-f]{16}\.png$ ]] || problem "logo file: $logo"
cmp -s "$b1/$logo" "$fixtures/brand-logo.png" || problem "the portal's logo differs from the fixture"
[[ $(sha256sum < "$fixtures/brand-logo.png" | cut -c1-16) == $(basename "$logo" | cut -d. -f2) ]] ||
  problem "the logo's name is not its hash"
[[ ! -d $p1/assets ]] || [[ -z $(ls "$p1/assets" | grep -E '^(logo|brand)\.' || true) ]] ||
  problem "the plain seller's portal has brand files"

# Every page of B1 shows the logo (alt = the company's name) and links the brand stylesheet, both
# resolving inside the portal; no Tickets, Orders, Subscriptions, Cards or Success packs link
# or tile, but Quotations and Invoices. P1 has Tickets and no logo.
/usr/bin/python3 - "$b1" "$p1" <<'PY' || problem "pages"
import os, sys
from html.parser import HTMLParser
class Page(HTMLParser):
    def __init__(self):
        super().__init__(); self.imgs = []; self.sheets = []; self.links = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "img": self.imgs.append(a)
        if tag == "link" and a.get("rel") == "stylesheet": self.sheets.append(a["href"])
        if tag == "a" and "href" in a: self.links.append(a["href"])
def pages(root):
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".html") and folder != root: yield os.path.join(folder, name)
b1, p1 = sys.argv[1], sys.argv[2]
count = 0
for path in pages(b1):
    count += 1
    p = Page(); p.feed(open(path, encoding="utf-8").read())
    logos = [i for i in p.imgs if "brand-image" in i.get("class", "")]
    assert len(logos) == 1 and logos[0]["alt"] == "Sunbeam Studio", (path, p.imgs)
    for href in [logos[0]["src"]] + p.sheets:
        target = os.path.realpath(os.path.join(os.path.dirname(path), href))
        assert target.startswith(os.path.realpath(b1) + "/assets/") and os.path.isfile(target), (path, href)
    # The portal's stylesheet, then the seller's brand stylesheet after it (it overrides).
    assert len(p.sheets) == 2 and "/portal." in p.sheets[0] and "/brand." in p.sheets[1], (path, p.sheets)
    # The language switch links the page itself in the other language: not a section link.
    others = {os.path.basename(h).split(".")[0] for h in p.links
              if os.path.basename(h) != os.path.basename(path)}
    for unused in ("tickets", "orders", "subscriptions", "payment-methods", "success-packs"):
        assert unused not in others, (path, unused)
    names = {os.path.basename(h).split(".")[0] for h in p.links}
    assert "invoices" in names and "quotations" in names, (path, names)
assert count > 5, count
for path in pages(p1):
    p = Page(); p.feed(open(path, encoding="utf-8").read())
    assert not [i for i in p.imgs if "brand-image" in i.get("class", "")], path
    assert [s for s in p.sheets if "/brand." in s] == [], (path, p.sheets)
    assert "tickets" in {os.path.basename(h).split(".")[0] for h in p.links}, path
PY

# The accent: pure yellow is too light; the stylesheet's --brand keeps its hue (red = green, no
# blue) and reaches 4.5:1 on white and on --brand-soft, as WCAG 2.x computes contrast.
sheet=$(ls "$b1"/assets/brand.*.css)
/usr/bin/python3 - "$sheet" <<'PY' || problem "brand stylesheet"
import re, sys
css = open(sys.argv[1]).read()
colours = dict(re.findall(r"--(brand[a-z-]*):#([0-9a-f]{6})", css))
def rgb(h): return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))
def lum(c):
    f = lambda v: v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (f(x / 255) for x in c)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
def contrast(a, b):
    la, lb = sorted((lum(a), lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
brand, soft = rgb(colours["brand"]), rgb(colours["brand-soft"])
assert brand[0] == brand[1] > 0 and brand[2] == 0, brand
assert contrast(brand, (255, 255, 255)) >= 4.5 and contrast(brand, soft) >= 4.5, brand
assert contrast(brand, (255, 255, 255)) < 5.2, brand  # darkened only as far as needed
assert soft[2] < soft[0] == soft[1] and lum(soft) > 0.9, soft
for key in ("brand-strong", "brand-ink"):
    assert contrast(rgb(colours[key]), soft) >= 4.5, key
PY

# The invoice PDF and the statement PDF: the seller's name and headings in the readable accent,
# a fill colour r = g, b = 0 (a dark yellow) of 4.5:1 or a little more on white.
for pdf in "$b1/invoices/SUN-2026-001.pdf" "$b1/statement-2026-11-30.pdf"; do
  qpdf --qdf --object-streams=disable "$pdf" "$SCRATCH/qdf.pdf" || problem "qpdf $pdf"
  /usr/bin/python3 - "$SCRATCH/qdf.pdf" <<'PY' || problem "accent in $pdf"
import re, sys
data = open(sys.argv[1], "rb").read().decode("latin-1")
fills = {tuple(float(x) for x in m) for m in re.findall(r"([0-9.]+) ([0-9.]+) ([0-9.]+) rg", data)}
def lum(c):
    f = lambda v: v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (f(x) for x in c)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
yellows = [c for c in fills if c[2] == 0 and c[0] == c[1] > 0]
assert yellows, fills
assert all(4.5 <= 1.05 / (lum(c) + 0.05) < 5.2 for c in yellows), yellows
PY
done

# The e-mails (Python's email package reads them): B1's message carries the logo as an inline
# image beside the HTML part, in a multipart/related part (RFC 2387) whose HTML shows it by its
# Content-ID; the text part says nothing of it. P1's message has no image.
ls "$out"/outbox/2026-11-30/B1.eml "$out"/outbox/2026-11-30/P1.eml >/dev/null || problem "no messages"
/usr/bin/python3 - "$out/outbox/2026-11-30/B1.eml" "$out/outbox/2026-11-30/P1.eml" \
  "$fixtures/brand-logo.png" <<'PY' || problem "the logo in the e-mails"
import email, email.policy, re, sys
def parse(path):
    return email.message_from_binary_file(open(path, "rb"), policy=email.policy.default)
branded, plain, logo = parse(sys.argv[1]), parse(sys.argv[2]), open(sys.argv[3], "rb").read()
assert branded.get_content_type() == "multipart/alternative", branded.get_content_type()
text, related = branded.get_payload()
assert text.get_content_type() == "text/plain" and "cid:" not in text.get_content(), text
assert related.get_content_type() == "multipart/related", related.get_content_type()
assert related.get_param("type") == "text/html", related.get_param("type")
html, image = related.get_payload()
assert html.get_content_type() == "text/html"
assert image.get_content_type() == "image/png" and image.get_content_disposition() == "inline"
assert image.get_content() == logo, "the image part's bytes are not the logo's"
cid = image["Content-ID"].strip()
assert re.fullmatch(r"<logo\.[0-9a-f]{16}@[a-z0-9.-]+>", cid), cid
srcs = re.findall(r'<img src="([^"]*)"', html.get_content())
assert srcs == ["cid:" + cid[1:-1]], (srcs, cid)
assert [p.get_content_type() for p in plain.walk()] == \
    ["multipart/alternative", "text/plain", "text/html"], list(plain.walk())
assert "<img" not in plain.get_payload()[1].get_content()
PY

# Export writes the logo inline (a data: URL) and the colour as given: it imports back whole.
"$PORTALGEN" export --db "$db" --customer B1 > "$SCRATCH/again.yaml"
grep -F 'accent_color: "#FFFF00"' "$SCRATCH/again.yaml" >/dev/null || problem "export: accent_color"
/usr/bin/python3 - "$SCRATCH/again.yaml" "$fixtures/brand-logo.png" <<'PY' || problem "export: logo"
import base64, re, sys
url = re.search(r'logo: "data:image/png;base64,([A-Za-z0-9+/=]+)"', open(sys.argv[1]).read())
assert url and base64.b64decode(url.group(1)) == open(sys.argv[2], "rb").read()
PY
"$PORTALGEN" import --db "$SCRATCH/again.db" "$SCRATCH/again.yaml" || problem "export imports back"
finish
