#include "render/page_source.h"

#include <xxhash.h>

#include <cstdint>
#include <cstdio>

namespace portalgen {

namespace {

// The inputs, one after the other, in a buffer hashed once: cheaper than a hash update per
// field, and a page's view model is a few kilobytes.
class SourceText {
  public:
    explicit SourceText(std::string& text) : text_(text) { text_.clear(); }

    void add_text(std::string_view part) {
        add_size(part.size());
        text_.append(part);
    }

    void add(const MustacheData& data) {
        if (data.is_object()) {
            text_ += 'o';
            add_size(data.fields().size());
            for (const MustacheData::Field& field : data.fields()) {
                add_text(field.key);
                add(field.value);
            }
        } else if (data.is_list()) {
            text_ += 'l';
            add_size(data.list_value().size());
            for (const MustacheData& item : data.list_value()) add(item);
        } else if (data.is_string()) {
            text_ += 's';
            add_text(data.string_value());
        } else {
            text_ += data.is_true() ? 't' : 'f';
        }
    }

  private:
    void add_size(std::uint64_t size) {
        text_.append(reinterpret_cast<const char*>(&size), sizeof size);
    }

    std::string& text_;
};

}  // namespace

std::string page_source(std::string_view environment, std::string_view template_name,
                        std::string_view locale_tag, const MustacheData* shared,
                        const MustacheData& view) {
    thread_local std::string buffer;  // kept from page to page: allocated once per thread
    SourceText text(buffer);
    text.add_text(environment);
    text.add_text(template_name);
    text.add_text(locale_tag);
    static const MustacheData no_layout(false);  // never an object: told apart from a layout
    text.add(shared ? *shared : no_layout);
    text.add(view);
    const XXH128_hash_t hash = XXH3_128bits(buffer.data(), buffer.size());
    char hex[33];
    std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                  static_cast<unsigned long long>(hash.low64));
    return hex;
}

}  // namespace portalgen
