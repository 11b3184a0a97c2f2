# Gives a TrueType font every table libharu 2.3 copies into a PDF, none of them empty.
#
# libharu writes each embedded font's subset into a buffer of 4,096-byte blocks, then seeks to
# each of its 13 tables to checksum it. A table the font lacks is written empty, at the buffer's
# end; when that end falls exactly on a block boundary, the seek fails and the whole PDF cannot be
# saved (HPDF_INVALID_OBJECT). Fonts made without hinting lack 'cvt ', 'fpgm' and 'prep', so about
# one document in 4,096 failed. The smallest valid tables, a control value of 0 and programs that
# push and pop one value, change nothing a viewer draws.
import sys
from array import array

from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables import ttProgram

PUSH_ZERO_THEN_POP = b"\xb0\x00\x21"  # PUSHB[0] 0, POP


def main():
    source, target = sys.argv[1:3]
    font = TTFont(source, recalcTimestamp=False)
    if "cvt " not in font:
        font["cvt "] = newTable("cvt ")
        font["cvt "].values = array("h", [0])
    for tag in ("fpgm", "prep"):
        if tag not in font:
            font[tag] = newTable(tag)
            font[tag].program = ttProgram.Program()
            font[tag].program.fromBytecode(PUSH_ZERO_THEN_POP)
    font["maxp"].maxStackElements = max(1, font["maxp"].maxStackElements)
    font.save(target)


if __name__ == "__main__":
    main()
