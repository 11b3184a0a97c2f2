#!/usr/bin/env bash
# One night of portalgen on a Slurm cluster: an array of N build tasks (each finds its shard in
# SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT and SLURM_ARRAY_TASK_MIN), then, once every task
# has succeeded, one job for the night's last step: the night's report merged from the shards'
# (portalgen report), and the archive verified. Run it from cron or by hand on a login node:
#   deploy/slurm/nightly.sh            prints "array job ID, final job ID"
# Every path can be changed by the environment; the database, the output folder and the logs
# must be on storage that every node sees.
set -euo pipefail
export PORTALGEN=${PORTALGEN:-/srv/portalgen/build/portalgen}
export PORTALGEN_DB=${PORTALGEN_DB:-/shared/portalgen/portal.db}
export PORTALGEN_OUT=${PORTALGEN_OUT:-/shared/portalgen/output}
export PORTALGEN_LOGS=${PORTALGEN_LOGS:-/shared/portalgen/logs}
export PORTALGEN_SHARDS=${PORTALGEN_SHARDS:-8}
# One date for the whole night, even for a task that starts after midnight.
export AS_OF=${AS_OF:-$(date +%F)}
# Extra sbatch options (a partition, an account), the same for every job.
read -r -a sbatch_options <<< "${PORTALGEN_SBATCH_OPTIONS:-}"

mkdir -p "$PORTALGEN_LOGS"

# A build task. Exit 4 (the output or the database locked by another run) is temporary: the
# task is put back in the queue, at most 3 times; any other failure stops the night (the final
# job then never runs, and the logs say why).
build_task='"$PORTALGEN" build --db "$PORTALGEN_DB" --out "$PORTALGEN_OUT" --as-of "$AS_OF" --jobs "${SLURM_CPUS_PER_TASK:-1}"
status=$?
if [ "$status" = 4 ] && [ "${SLURM_RESTART_COUNT:-0}" -lt 3 ]; then
  scontrol requeue "${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID}"
fi
exit "$status"'

# The night's last step, once all shards are built.
final_step='set -e
"$PORTALGEN" report --out "$PORTALGEN_OUT"   # one report of the night, merged from the shards
"$PORTALGEN" verify --out "$PORTALGEN_OUT"   # the archive, every manifest part
echo "portalgen night $AS_OF done" > "$PORTALGEN_LOGS/night-$AS_OF.done"'

array=$(sbatch --parsable "${sbatch_options[@]}" --job-name=portalgen-build \
  --array="1-$PORTALGEN_SHARDS" --requeue --output="$PORTALGEN_LOGS/build-$AS_OF-%a.log" \
  --wrap="$build_task")
array=${array%%;*}  # --parsable may add ";cluster"
final=$(sbatch --parsable "${sbatch_options[@]}" --job-name=portalgen-final \
  --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  --output="$PORTALGEN_LOGS/final-$AS_OF.log" --wrap="$final_step")
echo "array job ${array}, final job ${final%%;*}"
