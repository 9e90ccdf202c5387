// The values of frame k of the AllTypes schema: the same recipe as io.shmx.interop.Recipe in Java.
// Every value is exact in its dtype, so both sides compare bit for bit.
#pragma once
#include "io.shmx.interop.AllTypes.hpp"
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace recipe {
    using Schema = ::io::shmx::interop::AllTypesSchema;

    // float -> IEEE half bits, for values exactly representable as normal halves (all the recipe uses)
    inline std::uint16_t half_bits(float f) {
        std::uint32_t b;
        std::memcpy(&b, &f, sizeof b);
        if ((b & 0x7fffffffu) == 0u) return static_cast<std::uint16_t>(b >> 16);
        const std::uint32_t sign = (b >> 16) & 0x8000u;
        const int exp            = static_cast<int>((b >> 23) & 0xffu) - 127 + 15;
        const std::uint32_t mant = (b >> 13) & 0x3ffu;
        return static_cast<std::uint16_t>(sign | (static_cast<std::uint32_t>(exp) << 10) | mant);
    }
    inline std::uint16_t bf16_bits(float f) {
        std::uint32_t b;
        std::memcpy(&b, &f, sizeof b);
        return static_cast<std::uint16_t>(b >> 16);
    }

    struct Frame {
        std::uint64_t seq;
        std::uint8_t flag;
        std::int8_t i8;
        std::uint8_t u8;
        std::int16_t i16;
        std::uint16_t u16;
        std::int32_t i32;
        std::uint32_t u32;
        std::int64_t i64;
        std::uint16_t f16;
        std::vector<std::uint16_t> bf16;
        std::vector<float> f32;
        std::vector<double> f64;
        std::vector<std::uint16_t> u16_pairs;
        std::vector<std::int32_t> i32_triples;
        std::vector<std::uint64_t> u64_quads;
        std::vector<std::uint8_t> mask;
        std::string label;
        std::vector<std::uint8_t> blob;
    };

    inline Frame make(std::uint64_t k, std::uint32_t blob_bytes) {
        Frame f{};
        f.seq  = k;
        f.flag = static_cast<std::uint8_t>(k & 1u);
        f.i8   = static_cast<std::int8_t>(k * 7u);
        f.u8   = static_cast<std::uint8_t>(k * 13u);
        f.i16  = static_cast<std::int16_t>(k * 301u - 7u);
        f.u16  = static_cast<std::uint16_t>(k * 977u);
        f.i32  = static_cast<std::int32_t>(k * 100003u);
        f.u32  = static_cast<std::uint32_t>(k * 2654435761ull);
        f.i64  = static_cast<std::int64_t>(0u - k * 1000000007ull);
        f.f16  = half_bits(static_cast<float>(k % 512u) + 0.5f);
        const std::uint64_t n = 1u + k % 4u;
        for (std::uint64_t j = 0; j < n * 2u; ++j) f.bf16.push_back(bf16_bits(static_cast<float>((k + j) % 64u) + 0.5f));
        for (std::uint64_t j = 0; j < n * 3u; ++j) f.f32.push_back(static_cast<float>((k + j) % 4096u) * 0.25f);
        for (std::uint64_t j = 0; j < n * 4u; ++j) f.f64.push_back(static_cast<double>(k * 4u + j) / 8.0);
        for (std::uint64_t j = 0; j < n * 2u; ++j) f.u16_pairs.push_back(static_cast<std::uint16_t>(k * 31u + j * 7919u));
        for (std::uint64_t j = 0; j < n * 3u; ++j) f.i32_triples.push_back(static_cast<std::int32_t>(k * 7u - j * 1000003u));
        for (std::uint64_t j = 0; j < n * 4u; ++j) f.u64_quads.push_back(k * 0x9E3779B97F4A7C15ull + j);
        for (std::uint64_t j = 0; j < n; ++j) f.mask.push_back(static_cast<std::uint8_t>((k + j) % 3u == 0u ? 1u : 0u));
        f.label = "frame-" + std::to_string(k) + "-\xc3\xa9";
        f.blob.resize(blob_bytes);
        for (std::uint32_t j = 0; j < blob_bytes; ++j) f.blob[j] = static_cast<std::uint8_t>(k + j * 31u);
        return f;
    }

    /** Blob size of frame k when the run does not fix it: 3 to 52 bytes. */
    inline std::uint32_t default_blob(std::uint64_t k) {
        return static_cast<std::uint32_t>(3u + k % 50u);
    }

    /** Appends every stream of f with the header generated from the Java record. */
    inline bool append_all(::shmx::Server::FrameMap& fm, const Frame& f) {
        return Schema::append_seq(fm, f.seq) && Schema::append_flag(fm, f.flag) && Schema::append_i8(fm, f.i8)
            && Schema::append_u8(fm, f.u8) && Schema::append_i16(fm, f.i16) && Schema::append_u16(fm, f.u16)
            && Schema::append_i32(fm, f.i32) && Schema::append_u32(fm, f.u32) && Schema::append_i64(fm, f.i64)
            && Schema::append_f16(fm, f.f16) && Schema::append_bf16(fm, f.bf16) && Schema::append_f32(fm, f.f32)
            && Schema::append_f64(fm, f.f64) && Schema::append_u16Pairs(fm, f.u16_pairs)
            && Schema::append_i32Triples(fm, f.i32_triples) && Schema::append_u64Quads(fm, f.u64_quads)
            && Schema::append_mask(fm, f.mask) && Schema::append_label(fm, f.label)
            && Schema::append_blob(fm, f.blob);
    }

    /** Reads every stream with the generated header and compares it with the recipe: "" or what differs. */
    inline std::string check(const ::shmx::DecodedFrame& df) {
        std::uint64_t seq = 0;
        if (!Schema::read_seq(df, seq)) return "seq missing";
        Frame got{};
        got.seq = seq;
        if (!Schema::read_blob(df, got.blob)) return "blob missing";
        const Frame want = make(seq, static_cast<std::uint32_t>(got.blob.size()));
        const std::string at = " in frame seq " + std::to_string(seq);
        if (!Schema::read_flag(df, got.flag) || got.flag != want.flag) return "flag" + at;
        if (!Schema::read_i8(df, got.i8) || got.i8 != want.i8) return "i8" + at;
        if (!Schema::read_u8(df, got.u8) || got.u8 != want.u8) return "u8" + at;
        if (!Schema::read_i16(df, got.i16) || got.i16 != want.i16) return "i16" + at;
        if (!Schema::read_u16(df, got.u16) || got.u16 != want.u16) return "u16" + at;
        if (!Schema::read_i32(df, got.i32) || got.i32 != want.i32) return "i32" + at;
        if (!Schema::read_u32(df, got.u32) || got.u32 != want.u32) return "u32" + at;
        if (!Schema::read_i64(df, got.i64) || got.i64 != want.i64) return "i64" + at;
        if (!Schema::read_f16(df, got.f16) || got.f16 != want.f16) return "f16" + at;
        if (!Schema::read_bf16(df, got.bf16) || got.bf16 != want.bf16) return "bf16" + at;
        if (!Schema::read_f32(df, got.f32) || got.f32 != want.f32) return "f32" + at;
        if (!Schema::read_f64(df, got.f64) || got.f64 != want.f64) return "f64" + at;
        if (!Schema::read_u16Pairs(df, got.u16_pairs) || got.u16_pairs != want.u16_pairs) return "u16Pairs" + at;
        if (!Schema::read_i32Triples(df, got.i32_triples) || got.i32_triples != want.i32_triples) return "i32Triples" + at;
        if (!Schema::read_u64Quads(df, got.u64_quads) || got.u64_quads != want.u64_quads) return "u64Quads" + at;
        if (!Schema::read_mask(df, got.mask) || got.mask != want.mask) return "mask" + at;
        if (!Schema::read_label(df, got.label) || got.label != want.label) return "label" + at;
        if (got.blob != want.blob) return "blob" + at;
        return "";
    }
}
