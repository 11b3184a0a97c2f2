#!/usr/bin/env bash
# A night on a real scheduler: a one-node Slurm cluster started in the scratch folder
# (slurm_cluster.sh) runs deploy/slurm/nightly.sh, i.e. the build of the samples as an array of
# 8 tasks, each finding its shard in Slurm's variables, then a job that depends on them all for
# the night's last step (portalgen report, then verify). The result equals a whole build's output: the same site/ byte for byte,
# the same archived PDFs and manifest rows. A cluster that cannot start fails the test, with its
# daemons' logs.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/slurm_cluster.sh"
trap 'slurm_stop; rm -rf "$SCRATCH"' EXIT
for tool in munged slurmctld slurmd sbatch scontrol sinfo; do
  command -v "$tool" >/dev/null || fail "$tool is missing: scripts/install-deps installs slurm-wlm and munge"
done
slurm_start "$SCRATCH/slurm" || { slurm_logs; fail "the Slurm cluster did not start"; }

db=$SCRATCH/portal.db
"$PORTALGEN" import --db "$db" samples/*.yaml 2>/dev/null
"$PORTALGEN" synth --customers 24 --seed 11 > "$SCRATCH/synth.yaml"
"$PORTALGEN" import --db "$db" "$SCRATCH/synth.yaml" 2>/dev/null
shard_variables=(JOB_COMPLETION_INDEX PORTALGEN_SHARDS SLURM_ARRAY_TASK_ID SLURM_ARRAY_TASK_COUNT
  SLURM_ARRAY_TASK_MIN SLURM_ARRAY_TASK_STEP AWS_BATCH_JOB_ARRAY_INDEX)
env "${shard_variables[@]/#/-u}" "$PORTALGEN" build --db "$db" --out "$SCRATCH/whole" \
  --as-of 2026-11-23 2>/dev/null || fail "the whole build failed"

logs=$SCRATCH/logs
PORTALGEN=$PORTALGEN PORTALGEN_DB=$db PORTALGEN_OUT=$SCRATCH/night PORTALGEN_LOGS=$logs \
  PORTALGEN_SHARDS=8 AS_OF=2026-11-23 deploy/slurm/nightly.sh > "$SCRATCH/submitted" ||
  { slurm_logs; fail "nightly.sh could not submit the night"; }
[[ $(cat "$SCRATCH/submitted") =~ ^array\ job\ ([0-9]+),\ final\ job\ ([0-9]+)$ ]] ||
  fail "nightly.sh said: $(cat "$SCRATCH/submitted")"
array=${BASH_REMATCH[1]} final=${BASH_REMATCH[2]}

# A job's field from `scontrol show job -o` (one line per job, or per task of an array).
job_fields() { scontrol show job -o "$1" | grep -o "\b$2=[^ ]*" | cut -d= -f2-; }
for ((i = 0; i < 600; i++)); do
  state=$(job_fields "$final" JobState)
  [[ $state =~ ^(PENDING|RUNNING|CONFIGURING|COMPLETING)$ ]] || break
  sleep 0.2
done
if [[ $state != COMPLETED ]]; then
  for log in "$logs"/*.log; do echo "---- $log" >&2; cat "$log" >&2; done
  scontrol show job "$array" >&2
  slurm_logs
  fail "the final job is $state, expected COMPLETED"
fi

# Every task ran, succeeded and built the shard its variables gave, then the final job.
[[ $(job_fields "$array" JobState | sort | uniq -c | xargs) == "8 COMPLETED" ]] ||
  problem "the array's tasks: $(job_fields "$array" JobState | xargs)"
for k in 1 2 3 4 5 6 7 8; do
  expected="portalgen: build: shard $k/8 (from SLURM_ARRAY_TASK_ID=$k, SLURM_ARRAY_TASK_COUNT=8, SLURM_ARRAY_TASK_MIN=1, SLURM_ARRAY_TASK_STEP=1, PORTALGEN_SHARDS=8), database $db, output $SCRATCH/night, as of 2026-11-23"
  [[ $(head -1 "$logs/build-2026-11-23-$k.log") == "$expected" ]] ||
    problem "task $k's first line: $(head -1 "$logs/build-2026-11-23-$k.log")"
done
last_task_end=$(job_fields "$array" EndTime | sort | tail -1)
[[ ! $(job_fields "$final" StartTime) < $last_task_end ]] ||
  problem "the final job started at $(job_fields "$final" StartTime), before a task ended ($last_task_end)"
[[ -e $logs/night-2026-11-23.done ]] || problem "the final job wrote no marker"
whole_pdfs=$("$PORTALGEN" verify --out "$SCRATCH/whole" 2>/dev/null | grep -o '^verify: [0-9]* archived PDFs')
grep "^$whole_pdfs .*: all intact" "$logs/final-2026-11-23.log" >/dev/null ||
  problem "the final job's verify: $(cat "$logs/final-2026-11-23.log"), expected $whole_pdfs"

# The night's report, merged by the final job, says what the whole build's says (but the run).
/usr/bin/python3 - "$SCRATCH/whole/report/report.json" "$SCRATCH/night/report/report.json" <<'PY' || problem "the merged report differs from a whole build's"
import json, sys
whole, night = (json.load(open(p)) for p in sys.argv[1:3])
strip = lambda r: {k: v for k, v in r.items() if k != "run"}
for key in whole:
    if key != "run" and whole[key] != night.get(key):
        print("differs:", key, json.dumps(whole[key])[:300], json.dumps(night.get(key))[:300], file=sys.stderr)
assert strip(whole) == strip(night)
assert night["run"]["shard"] == "merged" and night["run"]["shards"] == 8, night["run"]
assert night["run"]["missing_shards"] == [] and night["run"]["exit_status"] == 0, night["run"]
PY
[[ -s $SCRATCH/night/report/index.html ]] || problem "the final job wrote no report page"

# The night's output equals the whole build's.
diff -r "$SCRATCH/whole/site" "$SCRATCH/night/site" >&2 || problem "site/ differs from a whole build's"
diff -r -x 'manifest*.csv' -x 'manifest*.jsonl' -x signatures.csv "$SCRATCH/whole/archive" "$SCRATCH/night/archive" >&2 ||
  problem "the archived PDFs differ from a whole build's"
[[ $(ls "$SCRATCH/night/archive" | grep -c '^manifest-[1-8]-of-8\.csv$') == 8 ]] ||
  problem "manifest parts: $(ls "$SCRATCH/night/archive")"
diff <(manifest_rows "$SCRATCH/whole/archive/manifest.csv" | sort) \
     <(manifest_rows "$SCRATCH/night/archive"/manifest-*-of-8.csv | sort) >&2 ||
  problem "the manifest parts' rows differ from a whole build's manifest"
finish
