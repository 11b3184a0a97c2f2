#!/usr/bin/env bash
# The deployment files under deploy/ hold what the README says: the Kubernetes CronJob creates an
# Indexed Job whose PORTALGEN_SHARDS equals its completions, retries exit 4 without counting it
# and fails the index on 3; the systemd units pass `systemd-analyze verify` (when it is there,
# else they are parsed); the scripts are valid bash. (deploy/slurm/nightly.sh runs on a real
# cluster in test_slurm_array.sh, deploy/morning/send-outbox.sh in test_send_outbox.sh.)
source "$(dirname "$0")/lib.sh"

/usr/bin/python3 - deploy/kubernetes/cronjob.yaml <<'PY' || problem "deploy/kubernetes/cronjob.yaml"
import sys, yaml
documents = list(yaml.safe_load_all(open(sys.argv[1], encoding="utf-8")))
nightly = next(d for d in documents if d["metadata"]["name"] == "portalgen-nightly")
assert nightly["apiVersion"] == "batch/v1" and nightly["kind"] == "CronJob", nightly["kind"]
assert nightly["spec"]["concurrencyPolicy"] == "Forbid"
job = nightly["spec"]["jobTemplate"]["spec"]
assert job["completionMode"] == "Indexed", job["completionMode"]
n = job["completions"]
assert isinstance(n, int) and n >= 1 and job["parallelism"] == n, (n, job["parallelism"])
assert isinstance(job["backoffLimitPerIndex"], int) and job["backoffLimitPerIndex"] >= 0
pod = job["template"]["spec"]
assert pod["restartPolicy"] == "Never", "podFailurePolicy needs restartPolicy: Never"
[container] = [c for c in pod["containers"] if c["name"] == "portalgen"]
assert container["args"][0] == "build" and "--shard" not in container["args"], container["args"]
env = {e["name"]: e.get("value") for e in container["env"]}
assert env["PORTALGEN_SHARDS"] == str(n), f"PORTALGEN_SHARDS {env['PORTALGEN_SHARDS']} != completions {n}"
actions = {}
for rule in job["podFailurePolicy"]["rules"]:
    codes = rule.get("onExitCodes")
    if codes:
        assert codes["containerName"] == "portalgen" and codes["operator"] == "In", codes
        for code in codes["values"]:
            assert code not in actions, f"exit {code} in two rules"
            actions[code] = rule["action"]
assert actions.get(4) == "Ignore", f"exit 4: {actions.get(4)}"
assert actions.get(3) == "FailIndex", f"exit 3: {actions.get(3)}"
assert actions.get(0) is None
report = next(d for d in documents if d["metadata"]["name"] == "portalgen-report")
assert report["spec"]["suspend"] is True
[step] = report["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"]
assert step["args"][:1] == ["report"], step["args"]
PY

# The systemd units, with portalgen where the service expects it (systemd-analyze checks that
# every command exists). Its warnings (an unknown key, say) are failures too.
units=$SCRATCH/units
mkdir "$units"
cp deploy/systemd/portalgen-nightly.{service,timer} "$units/"
sed -i "s|/usr/local/bin/portalgen|$PORTALGEN|" "$units/portalgen-nightly.service"
grep -F "ExecStart=$PORTALGEN build " "$units/portalgen-nightly.service" >/dev/null ||
  problem "the service does not run portalgen build"
if command -v systemd-analyze >/dev/null; then
  if ! systemd-analyze verify "$units"/portalgen-nightly.{service,timer} > "$SCRATCH/verify" 2>&1 ||
    [[ -s $SCRATCH/verify ]]; then
    problem "systemd-analyze verify: $(cat "$SCRATCH/verify")"
  fi
fi
/usr/bin/python3 - "$units" <<'PY' || problem "the systemd units"
import configparser, os, sys
def unit(name):
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(os.path.join(sys.argv[1], name), encoding="utf-8")
    return parser
service, timer = unit("portalgen-nightly.service"), unit("portalgen-nightly.timer")
assert service["Service"]["Type"] == "oneshot"
never = set(service["Service"]["RestartPreventExitStatus"].split())
assert never == {"1", "2", "3"}, f"RestartPreventExitStatus {never}: only 4 is retried"
assert service["Service"]["Restart"] == "on-failure"
assert timer["Timer"]["Unit"] == "portalgen-nightly.service"
assert timer["Timer"]["Persistent"] == "true"
assert timer["Timer"]["OnCalendar"]
assert timer["Install"]["WantedBy"] == "timers.target"
PY

for script in deploy/*/*.sh; do
  bash -n "$script" || problem "$script: bash -n"
  [[ -x $script ]] || problem "$script is not executable"
done
finish
