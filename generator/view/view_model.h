// View model: the flat data a page template renders — formatted strings, booleans and lists of
// such rows — as kainjow Mustache data.
#pragma once

#include <kainjow/mustache.hpp>

namespace portalgen {

using MustacheData = kainjow::mustache::data;
using MustacheList = kainjow::mustache::list;

}  // namespace portalgen
