#!/bin/sh
# Renders the Analys sheet of an analysed workbook to PDF and PNG with LibreOffice, to look at how it
# prints (never a test dependency). Usage: npm run render [-- fil.xlsx [sv|en]]  → out/render/
set -e
IN=${1:-examples/inkop-q1-2025.xlsx}
LANG_=${2:-sv}
OUT=out/render
if ! command -v libreoffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  echo "LibreOffice och poppler behövs för att rendera / LibreOffice and poppler are needed:" >&2
  echo "  apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-dejavu-core poppler-utils" >&2
  exit 1
fi
mkdir -p "$OUT"
npx ts-node --transpile-only -e "require('./src/cli/main').main(['analyze','$IN','-o','$OUT/analys-$LANG_.xlsx','--lang','$LANG_']).then(c=>process.exitCode=c)" >/dev/null
# Only the analysis sheet, so the page count is the report's own.
node -e "
const E=require('exceljs');(async()=>{const wb=new E.Workbook();await wb.xlsx.readFile('$OUT/analys-$LANG_.xlsx');
const keep='$LANG_'==='sv'?'Analys':'Analysis';wb.worksheets.filter(w=>w.name!==keep).forEach(w=>wb.removeWorksheet(w.id));
wb.definedNames.model=wb.definedNames.model.filter(n=>n.name.startsWith('_xlnm'));await wb.xlsx.writeFile('$OUT/sheet-$LANG_.xlsx');})()"
(cd "$OUT" && libreoffice --headless --convert-to pdf "sheet-$LANG_.xlsx" >/dev/null 2>&1)
pdftoppm -png -r 90 "$OUT/sheet-$LANG_.pdf" "$OUT/sheet-$LANG_"
echo "$OUT/sheet-$LANG_.pdf: $(pdfinfo "$OUT/sheet-$LANG_.pdf" | sed -n 's/^Pages: *//p') sida/page(s)"
