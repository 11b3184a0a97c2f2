#include "model/shard_environment.h"

#include <catch2/catch.hpp>

using namespace portalgen;

namespace {

struct Found {
    const char* name;
    Environment environment;
    int index, count;
    const char* origin;
};

struct Refused {
    const char* name;
    Environment environment;
    const char* message;  // the whole message, naming the variable
};

}  // namespace

TEST_CASE("no scheduler variable: a whole build") {
    CHECK_FALSE(shard_from_environment({}).has_value());
    CHECK_FALSE(shard_from_environment({{"PATH", "/usr/bin"}, {"SLURM_JOB_ID", "12"}}).has_value());
    // Empty values count as unset.
    CHECK_FALSE(shard_from_environment({{"JOB_COMPLETION_INDEX", ""}, {"PORTALGEN_SHARDS", ""}})
                    .has_value());
}

TEST_CASE("each scheduler's variables give shard K of N") {
    const Found cases[] = {
        {"Kubernetes, first index",
         {{"JOB_COMPLETION_INDEX", "0"}, {"PORTALGEN_SHARDS", "8"}},
         1,
         8,
         "JOB_COMPLETION_INDEX=0, PORTALGEN_SHARDS=8"},
        {"Kubernetes, last index",
         {{"JOB_COMPLETION_INDEX", "7"}, {"PORTALGEN_SHARDS", "8"}},
         8,
         8,
         "JOB_COMPLETION_INDEX=7, PORTALGEN_SHARDS=8"},
        {"Kubernetes, one shard",
         {{"JOB_COMPLETION_INDEX", "0"}, {"PORTALGEN_SHARDS", "1"}},
         1,
         1,
         "JOB_COMPLETION_INDEX=0, PORTALGEN_SHARDS=1"},
        {"AWS Batch",
         {{"AWS_BATCH_JOB_ARRAY_INDEX", "2"}, {"PORTALGEN_SHARDS", "4"}},
         3,
         4,
         "AWS_BATCH_JOB_ARRAY_INDEX=2, PORTALGEN_SHARDS=4"},
        {"Slurm array 1-8",
         {{"SLURM_ARRAY_TASK_ID", "3"},
          {"SLURM_ARRAY_TASK_COUNT", "8"},
          {"SLURM_ARRAY_TASK_MIN", "1"}},
         3,
         8,
         "SLURM_ARRAY_TASK_ID=3, SLURM_ARRAY_TASK_COUNT=8, SLURM_ARRAY_TASK_MIN=1"},
        {"Slurm array 0-7",
         {{"SLURM_ARRAY_TASK_ID", "0"},
          {"SLURM_ARRAY_TASK_COUNT", "8"},
          {"SLURM_ARRAY_TASK_MIN", "0"}},
         1,
         8,
         "SLURM_ARRAY_TASK_ID=0, SLURM_ARRAY_TASK_COUNT=8, SLURM_ARRAY_TASK_MIN=0"},
        {"Slurm array 5-12, last",
         {{"SLURM_ARRAY_TASK_ID", "12"},
          {"SLURM_ARRAY_TASK_COUNT", "8"},
          {"SLURM_ARRAY_TASK_MIN", "5"},
          {"SLURM_ARRAY_TASK_STEP", "1"}},
         8,
         8,
         "SLURM_ARRAY_TASK_ID=12, SLURM_ARRAY_TASK_COUNT=8, SLURM_ARRAY_TASK_MIN=5, "
         "SLURM_ARRAY_TASK_STEP=1"},
        {"Slurm array 1-15:2",
         {{"SLURM_ARRAY_TASK_ID", "7"},
          {"SLURM_ARRAY_TASK_COUNT", "8"},
          {"SLURM_ARRAY_TASK_MIN", "1"},
          {"SLURM_ARRAY_TASK_STEP", "2"}},
         4,
         8,
         "SLURM_ARRAY_TASK_ID=7, SLURM_ARRAY_TASK_COUNT=8, SLURM_ARRAY_TASK_MIN=1, "
         "SLURM_ARRAY_TASK_STEP=2"},
        {"Slurm with PORTALGEN_SHARDS agreeing",
         {{"SLURM_ARRAY_TASK_ID", "2"},
          {"SLURM_ARRAY_TASK_COUNT", "2"},
          {"SLURM_ARRAY_TASK_MIN", "1"},
          {"PORTALGEN_SHARDS", "2"}},
         2,
         2,
         "SLURM_ARRAY_TASK_ID=2, SLURM_ARRAY_TASK_COUNT=2, SLURM_ARRAY_TASK_MIN=1, "
         "PORTALGEN_SHARDS=2"},
        {"other variables ignored",
         {{"JOB_COMPLETION_INDEX", "1"},
          {"PORTALGEN_SHARDS", "3"},
          {"SLURM_JOB_ID", "9"},
          {"AWS_BATCH_JOB_ARRAY_INDEX", ""}},
         2,
         3,
         "JOB_COMPLETION_INDEX=1, PORTALGEN_SHARDS=3"},
    };
    for (const Found& c : cases) {
        INFO(c.name);
        const auto choice = shard_from_environment(c.environment);
        REQUIRE(choice.has_value());
        CHECK(choice->shard.index == c.index);
        CHECK(choice->shard.count == c.count);
        CHECK(choice->origin == c.origin);
    }
}

TEST_CASE("half-set, inconsistent or non-numeric variables are refused, naming the variable") {
    const Refused cases[] = {
        {"index without count",
         {{"JOB_COMPLETION_INDEX", "3"}},
         "JOB_COMPLETION_INDEX=3 is set without PORTALGEN_SHARDS"},
        {"AWS index without count",
         {{"AWS_BATCH_JOB_ARRAY_INDEX", "0"}},
         "AWS_BATCH_JOB_ARRAY_INDEX=0 is set without PORTALGEN_SHARDS"},
        {"count without index",
         {{"PORTALGEN_SHARDS", "8"}},
         "PORTALGEN_SHARDS=8 is set without JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX"},
        {"Slurm count without id",
         {{"SLURM_ARRAY_TASK_COUNT", "8"}},
         "SLURM_ARRAY_TASK_COUNT=8 is set without SLURM_ARRAY_TASK_ID"},
        {"Slurm id without count",
         {{"SLURM_ARRAY_TASK_ID", "3"}, {"SLURM_ARRAY_TASK_MIN", "1"}},
         "SLURM_ARRAY_TASK_ID=3 is set without SLURM_ARRAY_TASK_COUNT"},
        {"Slurm id without min",
         {{"SLURM_ARRAY_TASK_ID", "3"}, {"SLURM_ARRAY_TASK_COUNT", "8"}},
         "SLURM_ARRAY_TASK_ID=3, SLURM_ARRAY_TASK_COUNT=8 is set without SLURM_ARRAY_TASK_MIN"},
        {"index out of range",
         {{"JOB_COMPLETION_INDEX", "8"}, {"PORTALGEN_SHARDS", "8"}},
         "JOB_COMPLETION_INDEX=8, PORTALGEN_SHARDS=8: JOB_COMPLETION_INDEX must be from 0 to 7"},
        {"N = 0",
         {{"AWS_BATCH_JOB_ARRAY_INDEX", "0"}, {"PORTALGEN_SHARDS", "0"}},
         "AWS_BATCH_JOB_ARRAY_INDEX=0, PORTALGEN_SHARDS=0: PORTALGEN_SHARDS must be a number of "
         "shards from 1 to 100000"},
        {"N too large",
         {{"JOB_COMPLETION_INDEX", "0"}, {"PORTALGEN_SHARDS", "100001"}},
         "JOB_COMPLETION_INDEX=0, PORTALGEN_SHARDS=100001: PORTALGEN_SHARDS must be a number of "
         "shards from 1 to 100000"},
        {"non-numeric index",
         {{"JOB_COMPLETION_INDEX", "three"}, {"PORTALGEN_SHARDS", "8"}},
         "JOB_COMPLETION_INDEX=three is not a whole number"},
        {"non-numeric count",
         {{"JOB_COMPLETION_INDEX", "1"}, {"PORTALGEN_SHARDS", "8x"}},
         "PORTALGEN_SHARDS=8x is not a whole number"},
        {"negative index",
         {{"JOB_COMPLETION_INDEX", "-1"}, {"PORTALGEN_SHARDS", "8"}},
         "JOB_COMPLETION_INDEX=-1 is not a whole number"},
        {"signed count",
         {{"JOB_COMPLETION_INDEX", "1"}, {"PORTALGEN_SHARDS", "+8"}},
         "PORTALGEN_SHARDS=+8 is not a whole number"},
        {"huge index",
         {{"JOB_COMPLETION_INDEX", "99999999999999999999"}, {"PORTALGEN_SHARDS", "8"}},
         "JOB_COMPLETION_INDEX=99999999999999999999 is not a whole number"},
        {"Slurm id below min",
         {{"SLURM_ARRAY_TASK_ID", "0"},
          {"SLURM_ARRAY_TASK_COUNT", "8"},
          {"SLURM_ARRAY_TASK_MIN", "1"}},
         "SLURM_ARRAY_TASK_ID=0, SLURM_ARRAY_TASK_COUNT=8, SLURM_ARRAY_TASK_MIN=1: "
         "SLURM_ARRAY_TASK_ID is not one of the array's 8 task ids"},
        {"Slurm id past the last",
         {{"SLURM_ARRAY_TASK_ID", "9"},
          {"SLURM_ARRAY_TASK_COUNT", "8"},
          {"SLURM_ARRAY_TASK_MIN", "1"}},
         "SLURM_ARRAY_TASK_ID=9, SLURM_ARRAY_TASK_COUNT=8, SLURM_ARRAY_TASK_MIN=1: "
         "SLURM_ARRAY_TASK_ID is not one of the array's 8 task ids"},
        {"Slurm id between steps",
         {{"SLURM_ARRAY_TASK_ID", "2"},
          {"SLURM_ARRAY_TASK_COUNT", "8"},
          {"SLURM_ARRAY_TASK_MIN", "1"},
          {"SLURM_ARRAY_TASK_STEP", "2"}},
         "SLURM_ARRAY_TASK_ID=2, SLURM_ARRAY_TASK_COUNT=8, SLURM_ARRAY_TASK_MIN=1, "
         "SLURM_ARRAY_TASK_STEP=2: SLURM_ARRAY_TASK_ID is not one of the array's 8 task ids"},
        {"Slurm step 0",
         {{"SLURM_ARRAY_TASK_ID", "1"},
          {"SLURM_ARRAY_TASK_COUNT", "8"},
          {"SLURM_ARRAY_TASK_MIN", "1"},
          {"SLURM_ARRAY_TASK_STEP", "0"}},
         "SLURM_ARRAY_TASK_ID=1, SLURM_ARRAY_TASK_COUNT=8, SLURM_ARRAY_TASK_MIN=1, "
         "SLURM_ARRAY_TASK_STEP=0: SLURM_ARRAY_TASK_ID is not one of the array's 8 task ids"},
        {"Slurm count 0",
         {{"SLURM_ARRAY_TASK_ID", "1"},
          {"SLURM_ARRAY_TASK_COUNT", "0"},
          {"SLURM_ARRAY_TASK_MIN", "1"}},
         "SLURM_ARRAY_TASK_ID=1, SLURM_ARRAY_TASK_COUNT=0, SLURM_ARRAY_TASK_MIN=1: "
         "SLURM_ARRAY_TASK_COUNT must be a number of shards from 1 to 100000"},
        {"Slurm and PORTALGEN_SHARDS disagree",
         {{"SLURM_ARRAY_TASK_ID", "1"},
          {"SLURM_ARRAY_TASK_COUNT", "8"},
          {"SLURM_ARRAY_TASK_MIN", "1"},
          {"PORTALGEN_SHARDS", "4"}},
         "SLURM_ARRAY_TASK_ID=1, SLURM_ARRAY_TASK_COUNT=8, SLURM_ARRAY_TASK_MIN=1, "
         "PORTALGEN_SHARDS=4: PORTALGEN_SHARDS differs from SLURM_ARRAY_TASK_COUNT"},
        {"two schedulers",
         {{"JOB_COMPLETION_INDEX", "1"},
          {"PORTALGEN_SHARDS", "8"},
          {"SLURM_ARRAY_TASK_ID", "2"},
          {"SLURM_ARRAY_TASK_COUNT", "8"},
          {"SLURM_ARRAY_TASK_MIN", "1"}},
         "JOB_COMPLETION_INDEX and SLURM_ARRAY_TASK_ID are set together: give the shard with "
         "--shard K/N"},
    };
    for (const Refused& c : cases) {
        INFO(c.name);
        try {
            shard_from_environment(c.environment);
            FAIL("accepted");
        } catch (const ShardChoiceError& e) {
            CHECK(std::string(e.what()) == c.message);
        }
    }
}

TEST_CASE("the option --shard takes precedence over the scheduler's variables, even broken ones") {
    const Environment slurm{{"SLURM_ARRAY_TASK_ID", "3"},
                            {"SLURM_ARRAY_TASK_COUNT", "8"},
                            {"SLURM_ARRAY_TASK_MIN", "1"}};
    const auto given = choose_shard("2/4", slurm);
    REQUIRE(given.has_value());
    CHECK(given->shard.index == 2);
    CHECK(given->shard.count == 4);
    CHECK(given->origin == "--shard");
    CHECK(choose_shard("1/2", {{"JOB_COMPLETION_INDEX", "x"}})->shard.count == 2);
    // Without --shard, the variables.
    const auto from_slurm = choose_shard("", slurm);
    REQUIRE(from_slurm.has_value());
    CHECK(from_slurm->shard.index == 3);
    CHECK_FALSE(choose_shard("", {}).has_value());
    CHECK_THROWS_WITH(choose_shard("4/3", slurm), "--shard 4/3: expected K/N with 1 <= K <= N");
    CHECK_THROWS_AS(choose_shard("", {{"JOB_COMPLETION_INDEX", "x"}}), ShardChoiceError);
}
