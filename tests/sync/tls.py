"""Certificates for the loopback servers: a server certificate for 127.0.0.1 (msal speaks to
https authorities only, as Graph is https only) and client certificates for the certificate
sign-in, made with cryptography at test time."""

from __future__ import annotations

import datetime as dt
import ipaddress
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _certificate(key, name: str, san: x509.SubjectAlternativeName | None = None):
    now = dt.datetime.now(dt.timezone.utc)  # machine clock: OpenSSL checks validity against it
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(days=1))
               .not_valid_after(now + dt.timedelta(days=30)))
    if san is not None:
        builder = builder.add_extension(san, critical=False).add_extension(
            x509.BasicConstraints(ca=True, path_length=None), critical=True)
    return builder.sign(key, hashes.SHA256())


def _pem_key(key, passphrase: str = "") -> bytes:
    encryption = serialization.BestAvailableEncryption(passphrase.encode()) if passphrase \
        else serialization.NoEncryption()
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             encryption)


def server_certificate(folder: Path) -> tuple[Path, Path]:
    """(certificate, key) files for https://127.0.0.1 and https://localhost."""
    key = _key()
    san = x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                       x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
    certificate = _certificate(key, "127.0.0.1", san)
    cert_file, key_file = folder / "server.pem", folder / "server.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(_pem_key(key))
    return cert_file, key_file


def client_certificate(folder: Path, name: str = "crm-app", passphrase: str = ""):
    """A PEM file with a client certificate and its key, as an admin uploads the certificate
    to the application's registration; returns (file, certificate)."""
    key = _key()
    certificate = _certificate(key, name)
    path = folder / f"{name}.pem"
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM) +
                     _pem_key(key, passphrase))
    return path, certificate


def private_authority(folder: Path) -> tuple[Path, Path, Path]:
    """A company's own certificate authority and a server certificate it issued for
    127.0.0.1: (the authority's certificate, the server's certificate, its key). The server
    certificate is not self-signed: only a store that holds the authority trusts it."""
    ca_key, server_key = _key(), _key()
    authority = _certificate(ca_key, "CRM test company root CA", x509.SubjectAlternativeName(
        [x509.DNSName("ca.example.invalid")]))
    now = dt.datetime.now(dt.timezone.utc)  # machine clock: OpenSSL checks validity against it
    server = (x509.CertificateBuilder()
              .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
              .issuer_name(authority.subject).public_key(server_key.public_key())
              .serial_number(x509.random_serial_number())
              .not_valid_before(now - dt.timedelta(days=1))
              .not_valid_after(now + dt.timedelta(days=30))
              .add_extension(x509.SubjectAlternativeName(
                  [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                  critical=False)
              .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                             critical=False)
              .sign(ca_key, hashes.SHA256()))
    files = folder / "company-ca.pem", folder / "server.pem", folder / "server.key"
    files[0].write_bytes(authority.public_bytes(serialization.Encoding.PEM))
    files[1].write_bytes(server.public_bytes(serialization.Encoding.PEM))
    files[2].write_bytes(_pem_key(server_key))
    return files
