# A one-node Slurm cluster (slurmctld + slurmd, authenticated by its own munged) living in one
# folder: its configuration, key, socket, state, spool, logs and pids, on ports found free. It
# leaves a system munged or Slurm alone. Source it, then:
#   slurm_start FOLDER     start the daemons, export SLURM_CONF; returns 1 with the reason
#   slurm_stop             cancel the cluster's jobs, stop its daemons (safe to call twice)
#   slurm_logs             print the daemons' logs (for a failure)
slurm_pids=()

# A TCP port nobody listens on now.
slurm_free_port() {
  /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

slurm_write_conf() {
  local dir=$1 node=$2
  local controller_port slurmd_port
  controller_port=$(slurm_free_port)
  slurmd_port=$(slurm_free_port)
  while [[ $slurmd_port == "$controller_port" ]]; do slurmd_port=$(slurm_free_port); done
  cat > "$dir/slurm.conf" <<EOF
ClusterName=portalgen-test
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$controller_port
SlurmdPort=$slurmd_port
SlurmUser=$(id -un)
SlurmdUser=$(id -un)
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
SchedulerType=sched/backfill
# Test jobs start and dependencies resolve within a second or two, not at the default minute.
SchedulerParameters=sched_interval=1,bf_interval=1
MinJobAge=600
NodeName=$node NodeAddr=127.0.0.1 NodeHostname=$node CPUs=$(nproc) State=UNKNOWN
PartitionName=night Nodes=$node Default=YES MaxTime=INFINITE State=UP OverSubscribe=FORCE:8
EOF
}

slurm_start_munge() {
  local dir=$1
  # munged wants a key only its owner reads; generated here, never the system's.
  dd if=/dev/urandom of="$dir/munge.key" bs=1 count=1024 status=none
  chmod 0400 "$dir/munge.key"
  munged --foreground --force --key-file="$dir/munge.key" --socket="$dir/munge.socket" \
    --pid-file="$dir/munged.pid" --log-file="$dir/munged.log" --seed-file="$dir/munge.seed" \
    < /dev/null >> "$dir/munged.log" 2>&1 &
  slurm_pids+=($!)
  local i
  for ((i = 0; i < 50; i++)); do
    [[ -S $dir/munge.socket ]] && return 0
    sleep 0.1
  done
  echo "munged did not open $dir/munge.socket" >&2
  return 1
}

# Should the test itself be killed (a ctest timeout) before it stops the cluster, the daemons go
# with it.
slurm_guard() {
  local test_shell=$$ daemons=("${slurm_pids[@]}")
  (
    while kill -0 "$test_shell" 2>/dev/null; do sleep 1; done
    kill "${daemons[@]}" 2>/dev/null
  ) < /dev/null > /dev/null 2>&1 &
  slurm_pids=($! "${slurm_pids[@]}")
}

slurm_start() {
  slurm_dir=$1
  mkdir -p "$slurm_dir/state" "$slurm_dir/spool"
  # The node is named as this machine (slurmd checks it) but reached at 127.0.0.1, so the test
  # needs no name resolution.
  local node
  node=$(hostname -s)
  slurm_write_conf "$slurm_dir" "$node"
  export SLURM_CONF=$slurm_dir/slurm.conf
  slurm_start_munge "$slurm_dir" || return 1
  slurmctld -D -i -f "$SLURM_CONF" < /dev/null >> "$slurm_dir/slurmctld.log" 2>&1 &
  slurm_pids+=($!)
  slurmd -D -N "$node" -f "$SLURM_CONF" < /dev/null >> "$slurm_dir/slurmd.log" 2>&1 &
  slurm_pids+=($!)
  slurm_guard
  local i state
  for ((i = 0; i < 150; i++)); do
    state=$(sinfo -h -n "$node" -o %T 2>/dev/null || true)
    [[ $state == idle ]] && return 0
    sleep 0.2
  done
  echo "the Slurm node did not come up in 30 s (sinfo: ${state:-no answer})" >&2
  return 1
}

slurm_stop() {
  local pid i
  # Only this cluster's jobs: its own configuration, named explicitly.
  local conf=${slurm_dir-}/slurm.conf
  if [[ -n ${slurm_dir-} && -e $conf ]] && ((${#slurm_pids[@]})); then
    SLURM_CONF=$conf scancel --quiet --user="$(id -un)" 2>/dev/null || true
    for ((i = 0; i < 25; i++)); do
      [[ -z $(SLURM_CONF=$conf squeue -h 2>/dev/null) ]] && break
      sleep 0.2
    done
  fi
  for pid in "${slurm_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${slurm_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  slurm_pids=()
}

slurm_logs() {
  local log
  echo "---- this node: $(hostname -s), resolves to: $(getent hosts "$(hostname -s)" || echo nothing)" >&2
  for log in munged slurmctld slurmd; do
    echo "---- $log.log" >&2
    tail -n 40 "$slurm_dir/$log.log" >&2 2>/dev/null || true
  done
}
