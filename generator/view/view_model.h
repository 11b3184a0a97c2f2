// View model: the flat data a page template renders — formatted strings, booleans, lists of
// such rows and objects of named fields — with the interface of kainjow Mustache's data.
//
// Our own type rather than kainjow's: a page's view model is built, rendered once and dropped,
// and kainjow's (a hash table node and a heap string per field) spent more time being built and
// destroyed than the page took to render. An object here is a vector of fields, each with a
// 32-bit hash of its key compared first: a small object is scanned, a larger one (a page's
// fields, the labels) keeps an open-addressing index of its fields. No lookup allocates.
// A reference returned by operator[] is invalidated by the next field added to the same object.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace portalgen {

class MustacheData;
using MustacheList = std::vector<MustacheData>;

class MustacheData {
  public:
    enum class type { object, string, list, bool_true, bool_false };

    MustacheData() = default;
    explicit MustacheData(type kind) : type_(kind) {}
    MustacheData(std::string text) : type_(type::string), text_(std::move(text)) {}
    MustacheData(const char* text) : type_(type::string), text_(text) {}
    MustacheData(bool flag) : type_(flag ? type::bool_true : type::bool_false) {}
    MustacheData(MustacheList items) : type_(type::list), items_(std::move(items)) {}

    bool is_object() const { return type_ == type::object; }
    bool is_string() const { return type_ == type::string; }
    bool is_list() const { return type_ == type::list; }
    bool is_true() const { return type_ == type::bool_true; }
    bool is_false() const { return type_ == type::bool_false; }
    bool is_empty_list() const { return is_list() && items_.empty(); }
    bool is_non_empty_list() const { return is_list() && !items_.empty(); }

    // The text of a string ("" for any other type).
    const std::string& string_value() const { return text_; }
    // The items of a list (none for any other type).
    const MustacheList& list_value() const { return items_; }
    void push_back(MustacheData item) { items_.push_back(std::move(item)); }

    // The field named `key` of an object, added (as an empty object) when missing.
    MustacheData& operator[](std::string_view key);
    void set(std::string_view key, MustacheData value) { (*this)[key] = std::move(value); }
    // The field named `key`, or nullptr. `hash` is key_hash(key), worked out once by the caller.
    const MustacheData* get(std::string_view key) const { return get(key, key_hash(key)); }
    const MustacheData* get(std::string_view key, uint32_t hash) const;

    static uint32_t key_hash(std::string_view key);

    // The fields of an object, in the order they were added.
    struct Field;
    const std::vector<Field>& fields() const { return fields_; }

  private:
    // The position of `key` in fields_, or -1.
    std::ptrdiff_t find(std::string_view key, uint32_t hash) const;
    // Puts fields_[position] in index_ (rebuilt larger when half full).
    void index(std::size_t position);

    type type_ = type::object;
    std::string text_;
    MustacheList items_;
    std::vector<Field> fields_;
    // Beyond a few fields: a table of (position in fields_ + 1) by hash, 0 for a free slot, at
    // most half full, so that a lookup, found or not, reads a slot or two.
    std::vector<uint32_t> index_;
};

struct MustacheData::Field {
    std::string key;
    uint32_t hash;
    MustacheData value;
};

}  // namespace portalgen
