#!/usr/bin/env bash
# Without --shard, a build takes its shard from the scheduler's variables (a Kubernetes Indexed
# Job, a Slurm array, an AWS Batch array job): each scheduler's N tasks together give a whole
# build, the log's first line says which shard and from where, --shard takes precedence, and
# half-set or inconsistent variables are bad usage (exit 2) naming the variable, nothing written.
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
"$PORTALGEN" import --db "$db" samples/*.yaml 2>/dev/null
"$PORTALGEN" synth --customers 20 --seed 7 > "$SCRATCH/synth.yaml"
"$PORTALGEN" import --db "$db" "$SCRATCH/synth.yaml" 2>/dev/null
# The build, with only the variables given (none inherited from a scheduler running this test).
build() {
  set +e
  env -u JOB_COMPLETION_INDEX -u PORTALGEN_SHARDS -u SLURM_ARRAY_TASK_ID \
    -u SLURM_ARRAY_TASK_COUNT -u SLURM_ARRAY_TASK_MIN -u SLURM_ARRAY_TASK_STEP \
    -u AWS_BATCH_JOB_ARRAY_INDEX "$@"
  status=$?
  set -e
}
pg=("$PORTALGEN" build --db "$db" --as-of 2026-11-23 --jobs 1)

build "${pg[@]}" --out "$SCRATCH/whole" 2>/dev/null
[[ $status == 0 ]] || fail "whole build: exit $status"

# Each scheduler's three tasks, into one folder each: equal to the whole build.
for k in 0 1 2; do
  build JOB_COMPLETION_INDEX=$k PORTALGEN_SHARDS=3 "${pg[@]}" --out "$SCRATCH/kubernetes" \
    2> "$SCRATCH/kubernetes-$k.log"
  [[ $status == 0 ]] || problem "JOB_COMPLETION_INDEX=$k: exit $status: $(cat "$SCRATCH/kubernetes-$k.log")"
  expected="portalgen: build: shard $((k + 1))/3 (from JOB_COMPLETION_INDEX=$k, PORTALGEN_SHARDS=3), database $db, output $SCRATCH/kubernetes, as of 2026-11-23"
  [[ $(head -1 "$SCRATCH/kubernetes-$k.log") == "$expected" ]] ||
    problem "first line: $(head -1 "$SCRATCH/kubernetes-$k.log")"
done
# A Slurm array 5-7: task ids 5, 6, 7 are shards 1, 2, 3.
for id in 5 6 7; do
  build SLURM_ARRAY_TASK_ID=$id SLURM_ARRAY_TASK_COUNT=3 SLURM_ARRAY_TASK_MIN=5 \
    SLURM_ARRAY_TASK_STEP=1 "${pg[@]}" --out "$SCRATCH/slurm" 2> "$SCRATCH/slurm-$id.log"
  [[ $status == 0 ]] || problem "SLURM_ARRAY_TASK_ID=$id: exit $status"
  [[ $(head -1 "$SCRATCH/slurm-$id.log") == "portalgen: build: shard $((id - 4))/3 (from SLURM_ARRAY_TASK_ID=$id, SLURM_ARRAY_TASK_COUNT=3, SLURM_ARRAY_TASK_MIN=5, SLURM_ARRAY_TASK_STEP=1), database "* ]] ||
    problem "first line: $(head -1 "$SCRATCH/slurm-$id.log")"
done
for k in 0 1 2; do
  build AWS_BATCH_JOB_ARRAY_INDEX=$k PORTALGEN_SHARDS=3 "${pg[@]}" --out "$SCRATCH/aws" \
    2> "$SCRATCH/aws-$k.log"
  [[ $status == 0 ]] || problem "AWS_BATCH_JOB_ARRAY_INDEX=$k: exit $status"
  grep "^portalgen: build: shard $((k + 1))/3 (from AWS_BATCH_JOB_ARRAY_INDEX=$k, PORTALGEN_SHARDS=3), " \
    "$SCRATCH/aws-$k.log" >/dev/null || problem "first line: $(head -1 "$SCRATCH/aws-$k.log")"
done
for scheduler in kubernetes slurm aws; do
  diff -r "$SCRATCH/whole/site" "$SCRATCH/$scheduler/site" >/dev/null ||
    problem "$scheduler: the three shards differ from the whole build"
  [[ $(ls "$SCRATCH/$scheduler/archive/" | grep -c '^manifest-[123]-of-3\.csv$') == 3 ]] ||
    problem "$scheduler: manifest parts: $(ls "$SCRATCH/$scheduler/archive/")"
  diff <(manifest_rows "$SCRATCH/whole/archive/manifest.csv" | sort) \
       <(manifest_rows "$SCRATCH/$scheduler"/archive/manifest-*-of-3.csv | sort) >/dev/null ||
    problem "$scheduler: manifest rows differ from the whole build's"
done

# --shard takes precedence over the variables, even broken ones.
build JOB_COMPLETION_INDEX=x SLURM_ARRAY_TASK_ID=9 "${pg[@]}" --out "$SCRATCH/given" \
  --shard 1/2 2> "$SCRATCH/given.log"
[[ $status == 0 ]] || problem "--shard with broken variables: exit $status: $(cat "$SCRATCH/given.log")"
[[ $(head -1 "$SCRATCH/given.log") == "portalgen: build: shard 1/2 (from --shard), database "* ]] ||
  problem "--shard: first line: $(head -1 "$SCRATCH/given.log")"
[[ -e $SCRATCH/given/archive/manifest-1-of-2.csv ]] || problem "--shard 1/2: no manifest part 1-of-2"

# Half-set, inconsistent, non-numeric: exit 2, the message names the variable, nothing written.
refused() {
  local expected=$1
  shift
  build "$@" "${pg[@]}" --out "$SCRATCH/refused" 2> "$SCRATCH/refused.log"
  [[ $status == 2 ]] || problem "$*: exit $status, expected 2"
  [[ $(cat "$SCRATCH/refused.log") == "portalgen: build: $expected" ]] ||
    problem "$*: $(cat "$SCRATCH/refused.log")"
  [[ ! -e $SCRATCH/refused ]] || problem "$*: the refused build wrote $SCRATCH/refused"
}
refused "JOB_COMPLETION_INDEX=3 is set without PORTALGEN_SHARDS" JOB_COMPLETION_INDEX=3
refused "PORTALGEN_SHARDS=8 is set without JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX" \
  PORTALGEN_SHARDS=8
refused "SLURM_ARRAY_TASK_COUNT=8 is set without SLURM_ARRAY_TASK_ID" SLURM_ARRAY_TASK_COUNT=8
refused "AWS_BATCH_JOB_ARRAY_INDEX=8, PORTALGEN_SHARDS=8: AWS_BATCH_JOB_ARRAY_INDEX must be from 0 to 7" \
  AWS_BATCH_JOB_ARRAY_INDEX=8 PORTALGEN_SHARDS=8
refused "JOB_COMPLETION_INDEX=0, PORTALGEN_SHARDS=0: PORTALGEN_SHARDS must be a number of shards from 1 to 100000" \
  JOB_COMPLETION_INDEX=0 PORTALGEN_SHARDS=0
refused "SLURM_ARRAY_TASK_ID=two is not a whole number" \
  SLURM_ARRAY_TASK_ID=two SLURM_ARRAY_TASK_COUNT=8 SLURM_ARRAY_TASK_MIN=1
refused "SLURM_ARRAY_TASK_ID=0, SLURM_ARRAY_TASK_COUNT=8, SLURM_ARRAY_TASK_MIN=1: SLURM_ARRAY_TASK_ID is not one of the array's 8 task ids" \
  SLURM_ARRAY_TASK_ID=0 SLURM_ARRAY_TASK_COUNT=8 SLURM_ARRAY_TASK_MIN=1
refused "JOB_COMPLETION_INDEX and AWS_BATCH_JOB_ARRAY_INDEX are set together: give the shard with --shard K/N" \
  JOB_COMPLETION_INDEX=0 AWS_BATCH_JOB_ARRAY_INDEX=0 PORTALGEN_SHARDS=2
finish
