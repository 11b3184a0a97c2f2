# Copies a TrueType font under a new name: the DejaVu licence asks that a modified font (here a
# subset) no longer carry the original name. Timestamps are kept so that the same input gives the
# same bytes, and so the same invoice PDFs, from one build to the next.
import sys

from fontTools.ttLib import TTFont

FAMILY_ID, UNIQUE_ID, FULL_ID, POSTSCRIPT_ID, TYPO_FAMILY_ID = 1, 3, 4, 6, 16


def main():
    source, target, family, postscript = sys.argv[1:5]
    font = TTFont(source, recalcTimestamp=False)
    style = "Bold" if postscript.endswith("-Bold") else ""
    full = f"{family} {style}".strip()
    names = {
        FAMILY_ID: family,
        UNIQUE_ID: full,
        FULL_ID: full,
        POSTSCRIPT_ID: postscript,
        TYPO_FAMILY_ID: family,
    }
    for record in font["name"].names:
        if record.nameID in names:
            record.string = names[record.nameID]
    font.save(target)


if __name__ == "__main__":
    main()
