// Streaming inflate over zlib, with a cap on the output and end-of-stream detection.
#include "core/network/contentdecoder.h"

#include <zlib.h>

namespace md {
namespace {

constexpr int kOutputBlock = 64 * 1024;
constexpr int kZlibWindowBits = 15;
constexpr int kGzipWindowBits = 15 + 16;
constexpr int kRawWindowBits = -15;

QByteArray normalised(QByteArrayView encoding)
{
    return encoding.toByteArray().trimmed().toLower();
}

} // namespace

bool ContentDecoder::isSupported(QByteArrayView contentEncoding)
{
    const QByteArray encoding = normalised(contentEncoding);
    return encoding.isEmpty() || encoding == "identity" || encoding == "gzip" || encoding == "x-gzip"
        || encoding == "deflate";
}

ContentDecoder::ContentDecoder(QByteArrayView contentEncoding, qint64 maxOutput)
    : m_stream(std::make_unique<z_stream_s>())
    , m_maxOutput(maxOutput)
{
    const QByteArray encoding = normalised(contentEncoding);
    m_gzip = encoding == "gzip" || encoding == "x-gzip";
    initialise(m_gzip ? kGzipWindowBits : kZlibWindowBits);
}

ContentDecoder::~ContentDecoder()
{
    if (m_ready)
        inflateEnd(m_stream.get());
}

bool ContentDecoder::initialise(int windowBits)
{
    if (m_ready)
        inflateEnd(m_stream.get());
    *m_stream = z_stream_s{};
    m_ready = inflateInit2(m_stream.get(), windowBits) == Z_OK;
    return m_ready;
}

ContentDecoder::Status ContentDecoder::feed(QByteArrayView input, QByteArray &output)
{
    if (!m_ready)
        return Status::Corrupt;
    const bool firstInput = !m_started;
    m_started = m_started || !input.isEmpty();
    z_stream_s &z = *m_stream;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    z.avail_in = uInt(input.size());

    char block[kOutputBlock];
    for (;;) {
        if (m_ended) {
            if (z.avail_in == 0)
                return Status::Ok;
            // another gzip member may follow (RFC 1952 allows several); anything else after the end is junk
            // that a browser ignores too
            if (m_gzip && z.avail_in >= 2 && z.next_in[0] == 0x1f && z.next_in[1] == 0x8b
                && inflateReset(&z) == Z_OK) {
                m_ended = false;
            } else {
                return Status::Ok;
            }
        }
        z.next_out = reinterpret_cast<Bytef *>(block);
        z.avail_out = kOutputBlock;
        const int result = inflate(&z, Z_NO_FLUSH);
        const qint64 produced = kOutputBlock - qint64(z.avail_out);
        if (produced > 0) {
            if (m_produced + produced > m_maxOutput) {
                output.append(block, m_maxOutput - m_produced);
                m_produced = m_maxOutput;
                return Status::TooLarge;
            }
            output.append(block, produced);
            m_produced += produced;
        }
        if (result == Z_STREAM_END) {
            m_ended = true;
            continue;
        }
        if (result == Z_OK) {
            if (z.avail_in == 0 && z.avail_out != 0)
                return Status::Ok;  // all input used, no output pending
            continue;
        }
        if (result == Z_BUF_ERROR)
            return Status::Ok;  // needs more input
        // Z_DATA_ERROR, Z_NEED_DICT, Z_MEM_ERROR: retry a first "deflate" block as raw deflate once
        if (!m_gzip && !m_triedRaw && firstInput && m_produced == 0) {
            m_triedRaw = true;
            if (!initialise(kRawWindowBits))
                return Status::Corrupt;
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
            z.avail_in = uInt(input.size());
            continue;
        }
        return Status::Corrupt;
    }
}

} // namespace md
