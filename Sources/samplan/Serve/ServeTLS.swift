import HummingbirdTLS

/// HTTPS from a PEM certificate chain and key (--tls-cert, --tls-key).
enum ServeTLS {
    static func configuration(cert: String, key: String) throws -> TLSConfiguration {
        let chain = try NIOSSLCertificate.fromPEMFile(cert)
        let privateKey = try NIOSSLPrivateKey(file: key, format: .pem)
        return TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(privateKey))
    }
}
