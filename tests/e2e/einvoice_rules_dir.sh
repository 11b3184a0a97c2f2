# The official e-invoice rules (SPEC 8): `rules` is set to the folder holding their `validate`,
# ../shared/einvoice beside the clone or PORTALGEN_EINVOICE_DIR. When they are not there the test
# says so loudly and exits 77, which CTest reports as skipped, never as passed.
rules=${PORTALGEN_EINVOICE_DIR:-$(realpath "$(dirname "${BASH_SOURCE[0]}")/../..")/../shared/einvoice}
if [[ ! -x $rules/validate ]]; then
  echo "**********************************************************************************" >&2
  echo "e-invoice rules not found: set PORTALGEN_EINVOICE_DIR to the folder holding validate" >&2
  echo "  (looked for $rules/validate)" >&2
  echo "**********************************************************************************" >&2
  exit 77
fi
